"""Support for enumerations.

Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique, the
EnumType (EnumMeta) metaclass and the FlagBoundary values, with
CPython 3.11's reprs, str()/format() results and error messages.
"""

from types import FunctionType as _FunctionType
from types import MappingProxyType as _MappingProxy

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

# Enum, ReprEnum and Flag are None until their classes are defined, so
# that EnumType can tell when it is creating them.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None


_type = type  # the builtin, for functions with a parameter named type


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    # functions, classmethods and staticmethods are tested for by type
    # too, for interpreters whose functions have no __get__ attribute
    if isinstance(obj, (_FunctionType, classmethod, staticmethod)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bin(num, width):
    """Binary text of num as CPython's enum error messages show it:
    a sign digit, a space, then at least width digits."""
    if num >= 0:
        return '0b0 ' + format(num, 'b').zfill(width)
    return '0b1 ' + format(num & ((1 << width) - 1), 'b').zfill(width)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_SUNDER_ALLOWED = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
)


class _EnumDict(dict):
    """The namespace of an enum class body: it records the member names
    in definition order and resolves auto() values as they are set."""

    def __init__(self):
        dict.__init__(self)
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names),
                        self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _find_data_type(class_name, bases):
    """The data type mixed into an enum (object if none)."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if Enum is not None and issubclass(base, Enum):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__:
                data_types.append(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r'
                        % (class_name, data_types))
    return data_types[0] if data_types else object


def _get_mixins(class_name, bases):
    """(member type, first enum base) for a new enum class."""
    if not bases:
        return object, Enum
    for base in bases:
        if (Enum is not None and isinstance(base, EnumType)
                and base._member_names_):
            raise TypeError('<enum %r> cannot extend %r' % (class_name, base))
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] '
                        'enum_type)`')
    return _find_data_type(class_name, bases), first_enum


def _find_new(classdict, member_type, first_enum):
    """(function that creates a member, whether it takes the value)."""
    new = classdict.get('__new__')
    if new is None:
        new = getattr(first_enum, '__new_member__', None)
        if new is None:
            for possible in (member_type, first_enum):
                target = getattr(possible, '__new__', None)
                if target not in (None, object.__new__) and (
                        Enum is None or target is not Enum.__new__):
                    new = target
                    break
    if new is None:
        return object.__new__, False
    return getattr(new, '__func__', new), True


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
            enum_dict._generate_next_value = gnv
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = list(classdict._member_names)
        ignore = classdict._ignore
        members = {name: classdict[name] for name in member_names}
        namespace = {}
        for key, value in classdict.items():
            if key not in members and key not in ignore:
                namespace[key] = value
        namespace.pop('_ignore_', None)
        member_type, first_enum = _get_mixins(cls, bases)
        new, use_args = _find_new(classdict, member_type, first_enum)
        namespace['_new_member_'] = new
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = _value_repr(member_type, first_enum,
                                                namespace)
        is_flag = Flag is not None and issubclass(first_enum, Flag)
        if is_flag or boundary is not None:
            namespace['_boundary_'] = (boundary
                                       or getattr(first_enum, '_boundary_',
                                                  None))
            namespace['_inverted_'] = None
        order = namespace.pop('_order_', None)

        enum_class = type.__new__(metacls, cls, bases, namespace, **kwds)

        # The data type's repr() and friends must not hide Enum's.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name, None)
                    if found is not None and (
                            found is getattr(member_type, name, None)
                            or found is getattr(object, name, None)):
                        setattr(enum_class, name, getattr(first_enum, name))

        # ReprEnum leaves str() and format() to the data type.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                setattr(enum_class, '__format__',
                        getattr(member_type, '__format__',
                                _format_value))
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                setattr(enum_class, '__str__', method)

        for name in member_names:
            _add_member(enum_class, name, members[name], is_flag)

        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1

        # A __new__ in the class body creates members; afterwards the
        # class is called to look members up.
        # (a data type's __new__ would otherwise come first in the MRO).
        if Enum is not None:
            if '__new__' in classdict:
                setattr(enum_class, '__new_member__', new)
            setattr(enum_class, '__new__', Enum.__new__)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  '
                                '%r\n  %r' % (enum_class._member_names_,
                                              order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Look up a member by value, or (with names) create a new enum
        class: the functional API."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name]
                     for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """A read-only mapping of all member names (aliases included) to
        members."""
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = _type(cls)
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if (isinstance(names, (tuple, list)) and names
                and isinstance(names[0], str)):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(
                    name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)


EnumMeta = EnumType


def _format_value(self, format_spec):
    # format() for a data type that has no __format__ attribute of its own
    return format(self._value_, format_spec)


def _value_repr(member_type, first_enum, namespace):
    """The function used for the value part of a member's repr."""
    if '_value_repr_' in namespace:
        return namespace['_value_repr_']
    inherited = getattr(first_enum, '_value_repr_', None)
    if member_type is object:
        return inherited or repr
    if inherited is not None and inherited is not repr:
        return inherited
    return member_type.__repr__


def _add_member(enum_class, name, value, is_flag):
    """Create member `name` of enum_class (or record an alias)."""
    if not isinstance(value, tuple):
        args = (value,)
    else:
        args = value
    member_type = enum_class._member_type_
    if member_type is tuple:
        args = (args,)
    if not enum_class._use_args_:
        member = enum_class._new_member_(enum_class)
    else:
        member = enum_class._new_member_(enum_class, *args)
    if not hasattr(member, '_value_'):
        if member_type is object:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_map_)

    # An alias: a later name for the value of an earlier member.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        pass
    if canonical is None:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
    if canonical is not None:
        member = canonical
    # set the attribute before registering the name: EnumType.__setattr__
    # refuses to rebind members
    setattr(enum_class, name, member)
    if canonical is None and (not is_flag or _is_single_bit(value)):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Access members by attribute (Color.RED), by name (Color['RED']) or by
    value (Color(1)).
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT:
            return result
        if result is None:
            raise ValueError('%r is not a valid %s'
                             % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Return the next value for an auto() member: one more than the
        last value, or start."""
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                self.__class__._value_repr_(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r'
                            % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag handles values with bits that no member has:
    STRICT raises, CONFORM drops them, EJECT returns a plain int and KEEP
    keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest last value."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The single-bit members in value, in definition order."""
        member_map = cls._member_map_
        for name in cls._member_names_:
            member = member_map[name]
            if member._value_ & value:
                yield member

    @classmethod
    def _missing_(cls, value):
        """Create a composite member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s'
                             % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  '
                                 'allowed %s' % (cls, value,
                                                 _bin(value, width),
                                                 _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1,
                                2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r'
                                 % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if (self._member_type_ is not object
                and isinstance(other, self._member_type_)):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is KEEP or self._boundary_ is EJECT:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            self._inverted_ = inverted
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ', '.join(['%s -> %s' % (alias, name)
                             for alias, name in duplicates])
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration
