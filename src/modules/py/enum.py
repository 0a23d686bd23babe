"""Enumerations: named constants that are instances of their own class.

Provides Enum, IntEnum, StrEnum, ReprEnum, Flag and IntFlag, the helpers
auto, member, nonmember and unique, the EnumType metaclass (also called
EnumMeta) and the FlagBoundary settings.  Reprs, str() and format()
results and error messages follow CPython 3.11.
"""

import sys as _sys
from types import DynamicClassAttribute as _DynamicClassAttribute
from types import FunctionType as _FunctionType
from types import MappingProxyType as _MappingProxy

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify', 'show_flag_values',
    'property', 'global_enum', 'global_enum_repr', 'global_flag_repr', 'global_str',
]

# These names are bound as the classes below are made.  While they are still
# None, EnumType knows it is building Enum, ReprEnum or Flag themselves.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None

_builtin_type = type     # `type` is also a parameter name of the functional API
_builtin_property = property     # this module's own `property` is defined below


# --- classifying names and values -----------------------------------------------

def _is_dunder(name):
    """'__x__' (but not '____' or '___x__')."""
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """'_x_' (but not '__x_' or '_x__')."""
    return (len(name) > 2 and name[0] == '_' == name[-1]
            and name[1] != '_' and name[-2] != '_')


def _is_private(class_name, name):
    """A name mangled from '__x' inside the class body: '_Class__x'."""
    prefix = '_%s__' % class_name
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_descriptor(obj):
    # Functions and the method wrappers are tested by type as well, so the
    # answer does not depend on whether they expose __get__ as an attribute.
    if isinstance(obj, (_FunctionType, classmethod, staticmethod)):
        return True
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _is_single_bit(number):
    return number != 0 and number & (number - 1) == 0


def _bits_lsb_first(number):
    """Each set bit of a non-negative number, lowest first, as a value."""
    while number:
        lowest = number & -number
        yield lowest
        number ^= lowest


def _words(spec):
    """'a, b c' -> ['a', 'b', 'c']; any other iterable -> list."""
    if isinstance(spec, str):
        return spec.replace(',', ' ').split()
    return list(spec)


def _signed_bits(number, width=None):
    """Two's-complement text used by Flag's error messages: '0b0 0101' is
    5 and '0b1 011' is -5; width pads with the sign digit."""
    size = number.bit_length()
    digits = format(number & ((1 << size) - 1), 'b').zfill(size) if size else ''
    sign = '1' if number < 0 else '0'
    if width is not None and len(digits) < width:
        digits = digits.rjust(width, sign)
    return '0b%s %s' % (sign, digits)


# --- markers used in class bodies ----------------------------------------------

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder for a member value chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Make the wrapped object a member even if it is a function."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep the wrapped object a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


# --- the namespace of an enum class body ---------------------------------------

# The only _sunder_ names a class body may define.
_SUNDER_NAMES = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


class _EnumDict(dict):
    """Collects a class body: remembers which names are members (in order)
    and turns auto() into values as soon as they are assigned."""

    def __init__(self):
        super().__init__()
        self._cls_name = None
        self._member_names = {}          # insertion-ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None

    def __setitem__(self, key, value):
        role = self._role_of(key, value)
        if role == 'order':
            key = '_order_'
        elif role == 'unwrap':
            value = value.value
        elif role == 'member':
            if isinstance(value, member):
                value = value.value
            # auto() may stand alone or inside a tuple value.  The values it
            # produces are remembered one by one; a value without auto() is
            # remembered whole.  (_generate_next_value_ is called right here
            # so that a warning it issues points at the class body.)
            lone = isinstance(value, auto)
            parts = (value,) if lone else value
            if type(parts) is tuple and any(isinstance(p, auto) for p in parts):
                resolved = []
                for part in parts:
                    if isinstance(part, auto):
                        if part.value is _auto_null:
                            part.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        part = part.value
                        self._last_values.append(part)
                    resolved.append(part)
                value = resolved[0] if lone else tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def _role_of(self, key, value):
        """What an assignment in the class body means: 'member', 'plain'
        (an ordinary attribute), 'unwrap' (nonmember) or 'order'."""
        if self._cls_name is not None and _is_private(self._cls_name, key):
            return 'plain'
        if _is_sunder(key):
            self._accept_sunder(key, value)
            return 'plain'
        if _is_dunder(key):
            return 'order' if key == '__order__' else 'plain'
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore:
            return 'plain'
        if isinstance(value, nonmember):
            return 'unwrap'
        if _is_descriptor(value):
            return 'plain'
        # A member may not replace a method or other attribute either.
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        return 'member'

    def _accept_sunder(self, key, value):
        if key not in _SUNDER_NAMES:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = _words(value)
            self._ignore = names
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r'
                                 % (clash,))


# --- looking at the bases of a new enum -----------------------------------------

def _refuse_extending_members(class_name, bases):
    # An enum with members is final: subclasses could add members to it.
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))


def _data_type(class_name, bases):
    """The non-enum type whose values the members are (object if none)."""
    found = []
    for chain in bases:
        fallback = None     # first plain class above the one defining __new__
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.append(fallback or base)
                break
            elif fallback is None:
                fallback = base
    distinct = []
    for kind in found:
        if kind not in distinct:
            distinct.append(kind)
    if len(distinct) > 1:
        raise TypeError('too many data types for %r: %r'
                        % (class_name, set(distinct)))
    return distinct[0] if distinct else object


def _mixins(class_name, bases):
    """(data type, last enum base) of a class being defined."""
    if not bases:
        return object, Enum
    _refuse_extending_members(class_name, bases)
    enum_base = bases[-1]
    if not isinstance(enum_base, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(class_name, bases), enum_base


def _member_constructor(body, data_type, enum_base):
    """(function creating a member, keep it for subclasses?, pass it the value?)"""
    own = body.get('__new__')
    if own is not None:
        return getattr(own, '__func__', own), enum_base is not None, True
    skip = (None, None.__new__, object.__new__)
    for attribute in ('__new_member__', '__new__'):
        for holder in (data_type, enum_base):
            candidate = getattr(holder, attribute, None)
            if candidate in skip or (Enum is not None and candidate is Enum.__new__):
                continue
            return candidate, False, True
    return object.__new__, False, False


def _classes_above(bases):
    """Every class in the MROs of bases, in order, except object."""
    for chain in bases:
        for klass in chain.__mro__:
            if klass is not object:
                yield klass


def _data_repr(bases):
    """How the value part of a member's repr is produced (None: repr)."""
    for klass in _classes_above(bases):
        if isinstance(klass, EnumType):
            return klass._value_repr_
        own = klass.__dict__.get('__repr__')
        if own is not None:
            return own
    return None


# --- the metaclass -----------------------------------------------------------------

class EnumType(type):
    """Metaclass of every enumeration: builds the members and makes the
    class iterable, sized and indexable by member name."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending_members(cls, bases)
        body = _EnumDict()
        body._cls_name = cls
        data_type, enum_base = _mixins(cls, bases)
        if enum_base is not None:
            body['_generate_next_value_'] = getattr(enum_base,
                                                    '_generate_next_value_', None)
        return body

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_values = {name: classdict[name] for name in classdict._member_names}
        skipped = set(classdict._ignore) | {'_ignore_'}
        namespace = {key: value for key, value in classdict.items()
                     if key not in member_values and key not in skipped}
        order = namespace.pop('_order_', None)

        data_type, enum_base = _mixins(cls, bases)
        creator, keep_creator, creator_takes_value = _member_constructor(
            classdict, data_type, enum_base)
        namespace.update(
            _new_member_=creator,
            _use_args_=creator_takes_value,
            _member_names_=[],
            _member_map_={},
            _value2member_map_={},
            _unhashable_values_=[],
            _member_type_=data_type,
            _value_repr_=_data_repr(bases),
        )
        is_flag = Flag is not None and issubclass(enum_base, Flag)
        if is_flag or boundary is not None:
            namespace['_boundary_'] = boundary or getattr(enum_base, '_boundary_', None)
            namespace['_inverted_'] = None

        enum_class = type.__new__(metacls, cls, bases, namespace, **kwds)
        _settle_text_methods(enum_class, classdict, bases, data_type, enum_base)
        for name, value in member_values.items():
            _add_member(enum_class, name, value, is_flag)
        if is_flag:
            _use_flag_operators(enum_class, classdict)
            _compute_flag_masks(enum_class)
        # Calling the class looks members up; the constructor found above is
        # only used to make them (and by subclasses that define none).
        if Enum is not None:
            if keep_creator:
                enum_class.__new_member__ = creator
            enum_class.__new__ = Enum.__new__
        if order is not None:
            _check_order(enum_class, order, is_flag)
        return enum_class

    def __bool__(cls):
        # Classes are true even with no members (__len__ would say otherwise).
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Cls(value) finds a member; Cls('Name', names) makes a new enum."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, candidate):
        if not isinstance(candidate, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, '
                          'but will return True or\nFalse depending on whether the '
                          'value is a member or the value of a member',
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (_builtin_type(candidate).__qualname__,
                               _builtin_type(cls).__qualname__))
        return isinstance(candidate, cls) and candidate._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Read-only view of every member by name, aliases included."""
        return _MappingProxy(cls._member_map_)

    def __dir__(cls):
        # The members and the enum protocol; a data type's attributes when mixed in.
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: build an enum class from a list of names."""
        metacls = _builtin_type(cls)
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        for name, value in _name_value_pairs(bases[-1], names, start):
            body[name] = value
        if module is None:
            module = _caller_module()
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)


EnumMeta = EnumType


def _caller_module():
    """__name__ of the code that called the functional API, if known."""
    import sys
    try:
        # frames: _caller_module, _create_, __call__, the caller
        return sys._getframe(3).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return None


def _name_value_pairs(enum_base, names, start):
    """Normalise the functional API's `names` into (name, value) pairs."""
    if isinstance(names, str):
        names = _words(names)
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        # Bare names: values come from _generate_next_value_.
        pairs, seen = [], []
        for count, name in enumerate(names):
            value = enum_base._generate_next_value_(name, start, count, seen[:])
            seen.append(value)
            pairs.append((name, value))
        return pairs
    if hasattr(names, 'keys'):
        return [(name, names[name]) for name in names]
    return [tuple(item) for item in names]


def _settle_text_methods(enum_class, body, bases, data_type, enum_base):
    """Decide which repr(), str(), format() and pickling the members use."""
    if ReprEnum is not None and ReprEnum in bases:
        # ReprEnum only changes repr(); str() and format() are the data type's.
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '__format__' not in body:
            enum_class.__format__ = getattr(data_type, '__format__', _format_value)
        if '__str__' not in body:
            as_text = data_type.__str__
            if as_text is object.__str__:
                as_text = data_type.__repr__
            enum_class.__str__ = as_text
    if enum_base is None:
        return
    # A data type's methods found through the MRO must not hide Enum's own.
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in body or name in enum_class.__dict__:
            continue
        inherited = getattr(enum_class, name, None)
        if inherited is getattr(data_type, name, None) or \
                inherited is getattr(object, name, None):
            setattr(enum_class, name, getattr(enum_base, name))


def _format_value(self, format_spec):
    # format() for a data type without a __format__ of its own.
    return format(self._value_, format_spec)


def _make_member_object(enum_class, value):
    """Create a member object for `value` and give it its _value_."""
    args = value if isinstance(value, tuple) else (value,)
    data_type = enum_class._member_type_
    if data_type is tuple:
        args = (args,)           # a tuple member is made from one tuple
    if enum_class._use_args_:
        made = enum_class._new_member_(enum_class, *args)
    else:
        made = enum_class._new_member_(enum_class)
    if not hasattr(made, '_value_'):
        if data_type is object:
            made._value_ = value
        else:
            try:
                made._value_ = data_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') \
                    from exc
    return made, args


def _existing_member_with(enum_class, value):
    """The member already holding `value` (so a new name is an alias)."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
    return None


def _add_member(enum_class, name, value, is_flag):
    """Create member `name` of enum_class, or bind the name as an alias."""
    made, args = _make_member_object(enum_class, value)
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    made._sort_order_ = len(enum_class._member_names_)
    canonical = _existing_member_with(enum_class, value)
    if canonical is not None:
        made = canonical
    # Bound before the name enters _member_map_, which EnumType.__setattr__
    # guards against rebinding.
    _bind_member_name(enum_class, name, made)
    # Flags list only their single-bit members; combinations act as aliases.
    if canonical is None and (not is_flag or _is_single_bit(value)):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = made
    try:
        enum_class._value2member_map_.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)


_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')


def _use_flag_operators(flag_class, body):
    # A data type such as int precedes Flag in the MRO; its bit operators
    # would return plain values instead of members.
    for name in _FLAG_OPERATORS:
        if name not in body:
            setattr(flag_class, name, getattr(Flag, name))


def _compute_flag_masks(flag_class):
    singles = everything = 0
    for flag in flag_class._member_map_.values():
        bits = flag._value_
        everything |= bits
        if _is_single_bit(bits):
            singles |= bits
    flag_class._flag_mask_ = everything
    flag_class._singles_mask_ = singles
    flag_class._all_bits_ = 2 ** everything.bit_length() - 1
    # Members iterate in value order unless they were defined out of order.
    defined = [flag._value_ for flag in flag_class]
    if defined != sorted(defined):
        flag_class._iter_member_ = flag_class._iter_member_by_def_


def _check_order(enum_class, order, is_flag):
    names = _words(order)
    known = enum_class._member_map_
    canonical = enum_class._member_names_
    # Aliases (and, in flags, combined values) may be listed or not.
    names = [n for n in names if n not in known or n in canonical]
    if is_flag:
        names = [n for n in names if n not in known or _is_single_bit(known[n]._value_)]
    if names != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (canonical, names))


# --- Enum ------------------------------------------------------------------------

class property(_DynamicClassAttribute):
    """A property of enum members.  On the class the name means the member so
    named, if there is one: a member may be called `name` or `value`."""

    member = None
    name = None
    clsname = None

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            if self.member is not None:
                return self.member
            raise AttributeError(self.name)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


def _shadowed_descriptor(enum_class, name):
    """The property-like attribute of a base class a member called `name` would
    hide (Enum's own `name` and `value` among them), or None."""
    found = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, (_builtin_property, _DynamicClassAttribute)):
            return attr
        if all(hasattr(attr, part) for part in ('fget', 'fset', 'fdel')):
            found = attr
    return found


def _bind_member_name(enum_class, name, member):
    # A member whose name an inherited property uses is reached on the class through
    # a property of its own, so that instances keep the inherited behaviour.
    shadowed = _shadowed_descriptor(enum_class, name)
    if shadowed is None:
        setattr(enum_class, name, member)
        return
    redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel)
    redirect.member = member
    redirect.__set_name__(enum_class, name)
    setattr(enum_class, name, redirect)


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are reached as Color.RED,
    Color['RED'] or Color(1)."""

    def __new__(cls, value):
        # Reached only through EnumType.__call__: a lookup by value.
        if type(value) is cls:
            return value
        found = _existing_member_with(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        return cls._resolve_missing(value)

    @classmethod
    def _resolve_missing(cls, value):
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except Exception as failure:
            if not isinstance(failure, ValueError):
                failure.__context__ = not_valid
            raise
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        if result is None:
            raise not_valid
        wrong = TypeError('error in %s._missing_: returned %r instead of None or '
                          'a valid member' % (cls.__name__, result))
        wrong.__context__ = not_valid
        raise wrong

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def _generate_next_value_(name, start, count, last_values):
        """auto(): one more than the largest value so far, or `start`."""
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            last_values.sort()        # in place: the fallback below sees it sorted
            if newest == last_values[-1]:
                return newest + 1
        except TypeError:
            pass
        _warn_auto_rule_change()
        # The older rule: one more than the last value that allows it.
        for earlier in reversed(last_values):
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    def __repr__(self):
        show_value = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                show_value(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # Public methods and attributes of the member's classes, not the other members.
        cls = self.__class__
        shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if cls._member_type_ is not object:
            shown.update(object.__dir__(self))
        shown.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_')
        for klass in cls.__mro__:
            for attr_name, attr in klass.__dict__.items():
                if attr_name[0] == '_':
                    continue
                if isinstance(attr, property):
                    if attr.fget is not None or attr_name not in cls._member_map_:
                        shown.add(attr_name)
                    else:
                        shown.discard(attr_name)
                elif attr_name not in cls._member_map_:
                    shown.add(attr_name)
        return sorted(shown)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


def _warn_auto_rule_change():
    import warnings
    # stacklevel: this helper, _generate_next_value_, the class namespace's
    # __setitem__, then the class body that used auto().
    warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require '
                  'all values to be sortable and support adding +1\n'
                  'and the value returned will be the largest value in the enum '
                  'incremented by 1', DeprecationWarning, stacklevel=4)


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only
    repr() shows the member."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        _check_str_arguments(values)
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto(): the member's name in lower case."""
        return name.lower()


def _check_str_arguments(values):
    # The arguments str() would take, each required to be a str.
    if len(values) > 3:
        raise TypeError('too many arguments for str(): %r' % (values,))
    roles = ('%r is not a string', 'encoding must be a string, not %r',
             'errors must be a string, not %r')
    for role, given in zip(roles, values):
        if not isinstance(given, str):
            raise TypeError(role % (given,))


# --- Flag ------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """What a Flag does with bits no member names: STRICT raises, CONFORM
    drops them, EJECT gives a plain int, KEEP keeps them."""
    STRICT, CONFORM, EJECT, KEEP = auto(), auto(), auto(), auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with |, & and ^ and can be inverted."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto(): the next power of two above the largest value so far."""
        if not count:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            top_bit = largest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (largest,)) from None
        return 2 ** (top_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members for each bit of value, lowest bit first."""
        lookup = cls._value2member_map_
        for bit in _bits_lsb_first(value & cls._flag_mask_):
            yield lookup.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members for the bits of value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda flag: flag._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Build (and cache) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        value = _apply_boundary(cls, value)
        if not isinstance(value, tuple):
            return value                    # EJECT: a plain int
        value, negative_alias = value
        unknown = value & ~cls._flag_mask_
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _signed_bits(unknown)))
        pseudo = _new_pseudo_member(cls, value)
        leftover = _name_pseudo_member(cls, pseudo, value)
        # Only a value made entirely of known members is cached.
        if not leftover:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative_alias is not None:
                cls._value2member_map_[negative_alias] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __repr__(self):
        show_value = self.__class__._value_repr_ or repr
        label = self.__class__.__name__
        if self._name_ is not None:
            label += '.' + self._name_
        return '<%s: %s>' % (label, show_value(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def _operand_bits(self, other):
        """other's bits, or NotImplemented for an operand of another kind."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        bits = self._operand_bits(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand_bits(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand_bits(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        # Cached: a member's inverse never changes.
        if self._inverted_ is None:
            flipped = ~self._value_
            if self._boundary_ not in (KEEP, EJECT):
                flipped &= self._singles_mask_      # stay within the named bits
            self._inverted_ = self.__class__(flipped)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _apply_boundary(cls, value):
    """Bring value within the flag's bits as its boundary says.

    Returns (value, negative alias or None), or a plain int under EJECT.
    """
    mask, all_bits, boundary = cls._flag_mask_, cls._all_bits_, cls._boundary_
    in_range = ~all_bits <= value <= all_bits
    if not in_range or value & (all_bits ^ mask):
        if boundary is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _signed_bits(value, width),
                                _signed_bits(mask, width)))
        if boundary is CONFORM:
            value &= mask
        elif boundary is EJECT:
            return value
        elif boundary is KEEP:
            if value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        else:
            raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
    if value < 0:
        # ~member and other negatives name the complement within all_bits.
        return all_bits + 1 + value, value
    return value, None


def _new_pseudo_member(cls, value):
    if cls._member_type_ is object:
        pseudo = object.__new__(cls)
    else:
        pseudo = cls._member_type_.__new__(cls, value)
    if not hasattr(pseudo, '_value_'):
        pseudo._value_ = value
    return pseudo


def _name_pseudo_member(cls, pseudo, value):
    """Name a pseudo-member 'A|B': single-bit members first, then multi-bit
    ones covering what singles cannot, then any bits left over as a number.
    Returns the bits no member covers."""
    singles = value & cls._singles_mask_
    extra = value & ~cls._singles_mask_
    chosen = [flag for flag in cls._iter_member_(singles) if flag is not None]
    covered = 0
    for flag in chosen:
        covered |= flag._value_
    if extra:
        for flag in cls._member_map_.values():
            bits = flag._value_
            if flag not in chosen and bits and bits & value == bits:
                chosen.append(flag)
                covered |= bits
    leftover = value ^ covered
    if not covered:
        pseudo._name_ = None
        return leftover
    if leftover and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, leftover))
    label = '|'.join(flag._name_ for flag in chosen)
    if leftover:
        label += '|%s' % cls._numeric_repr_(leftover)
    pseudo._name_ = label
    return leftover


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints and combine with plain ints too."""


# --- decorators -----------------------------------------------------------------

def show_flag_values(value):
    """The single-bit values set in `value`, lowest first."""
    if isinstance(value, Enum):
        value = value.value
    if value < 0:
        raise ValueError('%r is not a positive integer' % value)
    return list(_bits_lsb_first(value))


class EnumCheck(StrEnum):
    """The constraints `verify` can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: check an enumeration against the given EnumCheck constraints,
    raising ValueError for the first one it breaks."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    aliases = [(alias, flag.name) for alias, flag in enumeration.__members__.items()
               if alias != flag.name]
    if aliases:
        listing = ', '.join('%s -> %s' % pair for pair in aliases)
        raise ValueError('aliases found in %r: %s' % (enumeration, listing))


def _verify_continuous(enumeration, kind):
    values = {flag.value for flag in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # Every power of two between the lowest and the highest member's top bit.
        candidates = (1 << bit for bit in range(low.bit_length(), high.bit_length() - 1))
    else:
        candidates = range(low + 1, high)
    missing = [v for v in candidates if v not in values]
    if missing:
        text = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(map(str, missing)))
        raise ValueError(text[:256])


def _verify_named_flags(enumeration):
    canonical = set(enumeration._member_names_)
    named = [flag.value for flag in enumeration]
    unnamed_aliases = []
    unnamed_bits = 0
    for name, flag in enumeration._member_map_.items():
        if name in canonical or flag.value < 0:
            continue
        lacking = [bit for bit in _bits_lsb_first(flag.value) if bit not in named]
        if lacking:
            unnamed_aliases.append(name)
            for bit in lacking:
                unnamed_bits |= bit
    if not unnamed_aliases:
        return
    if len(unnamed_aliases) == 1:
        who = 'alias %s is missing' % unnamed_aliases[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(unnamed_aliases[:-1]),
                                                 unnamed_aliases[-1])
    if _is_single_bit(unnamed_bits):
        what = 'value 0x%x' % unnamed_bits
    else:
        what = 'combined values of 0x%x' % unnamed_bits
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))


def unique(enumeration):
    """Class decorator: refuse an enumeration in which two names share a value."""
    aliases = [(alias, flag.name) for alias, flag in enumeration.__members__.items()
               if alias != flag.name]
    if aliases:
        listing = ', '.join('%s -> %s' % pair for pair in aliases)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, listing))
    return enumeration


# --- global_enum -------------------------------------------------------------------

def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a member of a global flag: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    parts = self._name_.split('|')
    if self._boundary_ is not KEEP:
        return '|'.join('%s.%s' % (module, part) for part in parts)
    # Bits without a name show as numbers, unqualified.
    return '|'.join(part if part[0].isdigit() else '%s.%s' % (module, part)
                    for part in parts)


def global_str(self):
    """str() of a member of a global enum: its bare name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: puts the members into the module's namespace and makes their
    repr module.NAME (and their str NAME, unless the enum keeps its data type's)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
