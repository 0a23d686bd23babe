"""Data classes: a class decorator that adds generated special methods (__init__,
__repr__, __eq__, ordering, __hash__, ...) to classes from their annotated fields.

minipy has no exec, so the generated methods are closures over the field lists; the
generated __init__ binds its arguments itself and reports CPython's messages.
"""

import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # CPython wraps metadata in a read-only mappingproxy; minipy has none, so an
        # empty dict stands in for "no metadata".
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets told its name, as it would as a class
        # attribute.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata,
                 kw_only)


# ---------------------------------------------------------------------------
# Recognising ClassVar / InitVar / KW_ONLY annotations, also written as strings.

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(text):
    """Splits the start of a string annotation like "typing.ClassVar[int]" into
    (module name or None, name), or returns None when it starts with no name."""
    def word(i):
        while i < len(text) and text[i].isspace():
            i += 1
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] == '_'):
            j += 1
        return text[i:j], j

    first, i = word(0)
    if not first:
        return None
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] == '.':
        second, _ = word(j + 1)
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string annotation names a_type as the module of cls sees it."""
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    mod = _sys.modules.get(cls.__module__)
    ns = mod.__dict__ if mod is not None else None
    if ns is None:
        return False
    if module_name is None:
        return is_type_predicate(ns.get(name), a_module)
    module = ns.get(module_name)
    if module is not None and module is a_module:
        return is_type_predicate(getattr(module, name, None), a_module)
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = _sys.modules.get('typing')
    if typing is not None:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = _sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    # Unhashable defaults (list, dict, set, ...) would be shared between instances.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    if callable(value):
        try:
            value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
        except (AttributeError, TypeError):
            pass
    return value


def _set_new_attribute(cls, name, value):
    """Sets cls.name = value unless the class itself defines name; returns whether
    it was already defined."""
    if name in cls.__dict__:
        return True
    if callable(value):
        value.__name__ = name
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------
# Generated methods.

def _names_text(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f'{names[0]} and {names[1]}'
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _missing_error(qualname, kind, names):
    s = '' if len(names) == 1 else 's'
    return TypeError(f'{qualname}() missing {len(names)} required {kind} '
                     f'argument{s}: {_names_text(names)}')


def _too_many_error(qualname, nparams, ndefaults, given, kwonly_given):
    # Counts include self, as in CPython's messages.
    if ndefaults:
        sig = f'from {nparams - ndefaults} to {nparams}'
        plural = True
    else:
        sig = str(nparams)
        plural = nparams != 1
    s = 's' if plural else ''
    if kwonly_given:
        ks = 's' if kwonly_given != 1 else ''
        gs = 's' if given != 1 else ''
        extra = (f' positional argument{gs} (and {kwonly_given} keyword-only '
                 f'argument{ks})')
        verb = 'were'
    else:
        extra = ''
        verb = 'was' if given == 1 else 'were'
    return TypeError(f'{qualname}() takes {sig} positional argument{s} but '
                     f'{given}{extra} {verb} given')


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init,
               self_name):
    """Builds __init__(self, <std_fields>, *, <kw_fields>) as a closure."""
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    all_names = set(pos_names) | set(kw_names)
    npos = len(pos_names)
    npos_defaults = sum(1 for f in std_fields
                        if f.default is not MISSING or f.default_factory is not MISSING)
    initvar_names = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    object_setattr = object.__setattr__

    # What the body assigns, in field order: (name, in signature, default, factory).
    assigns = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.init:
            assigns.append((f.name, True, f.default, f.default_factory))
        elif f.default_factory is not MISSING:
            assigns.append((f.name, False, MISSING, f.default_factory))
    defaults = {}
    for f in std_fields + kw_fields:
        if f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            defaults[f.name] = f.default

    def __init__(self, /, *args, **kwargs):
        qualname = __init__.__qualname__
        values = {}
        for name, value in zip(pos_names, args):
            values[name] = value
        kwonly_given = 0
        for key, value in kwargs.items():
            if key in values or key == self_name:
                raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
            if key not in all_names:
                raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
            values[key] = value
        if len(args) > npos:
            for name in kw_names:
                if name in values:
                    kwonly_given += 1
            raise _too_many_error(qualname, npos + 1, npos_defaults, len(args) + 1,
                                  kwonly_given)
        missing = [n for n in pos_names if n not in values and n not in defaults]
        if missing:
            raise _missing_error(qualname, 'positional', missing)
        missing = [n for n in kw_names if n not in values and n not in defaults]
        if missing:
            raise _missing_error(qualname, 'keyword-only', missing)
        for name, in_sig, default, factory in assigns:
            if in_sig:
                value = values[name] if name in values else defaults[name]
                if value is _HAS_DEFAULT_FACTORY:
                    value = factory()
            else:
                value = factory()
            if frozen:
                object_setattr(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            args = [values[n] if n in values else defaults[n] for n in initvar_names]
            self.__post_init__(*args)

    return __init__


_repr_running = set()


def _make_repr(flds):
    names = [f.name for f in flds]

    def __repr__(self):
        # Guard against recursion, as reprlib.recursive_repr does.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{n}={getattr(self, n)!r}' for n in names]
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'

    return __repr__


def _field_tuple(self, names):
    return tuple([getattr(self, n) for n in names])


def _make_eq(flds):
    names = [f.name for f in flds]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) == _field_tuple(other, names)
        return NotImplemented

    return __eq__


def _make_order(flds):
    names = [f.name for f in flds]

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) < _field_tuple(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) <= _field_tuple(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) > _field_tuple(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _field_tuple(self, names) >= _field_tuple(other, names)
        return NotImplemented

    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__),
            ('__ge__', __ge__)]


def _make_hash(flds):
    names = [f.name for f in flds]

    def __hash__(self):
        return hash(_field_tuple(self, names))

    return __hash__


def _make_frozen(cls, flds):
    names = {f.name for f in flds}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


# (unsafe_hash, eq, frozen, has_explicit_hash) -> what to do with __hash__.
def _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, flds):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _make_hash(flds)
    if eq and not has_explicit_hash:
        return _make_hash(flds) if frozen else None
    return MISSING


def _format_annotation(annotation):
    if isinstance(annotation, type) and type(annotation) is type:
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_text(std_fields, kw_fields):
    """The text inspect.signature(cls) gives, used for the default __doc__."""
    def param(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _format_annotation(f.type)
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = ' + repr(f.default)
        return text

    parts = [param(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(param(f) for f in kw_fields)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases come first, most basic base first.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    kw_only_seen = False
    dataclasses = _sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses, dataclasses.KW_ONLY,
                                 _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A field() given as the class attribute is replaced by its plain default.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.init:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} '
                                    'follows default argument')
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__', _make_init(
            cls, list(fields.values()),
            [f for f in std_init_fields if f.init],
            [f for f in kw_only_init_fields if f.init],
            frozen, hasattr(cls, _POST_INIT_NAME), self_name))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq([f for f in field_list if f.compare]))

    if order:
        for name, fn in _make_order([f for f in field_list if f.compare]):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for name, fn in _make_frozen(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')

    hash_flds = [f for f in field_list
                 if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, hash_flds)
    if action is not MISSING:
        if action is not None:
            action.__name__ = '__hash__'
            _set_qualname(cls, action)
        cls.__hash__ = action

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(
            [f for f in std_init_fields if f.init],
            [f for f in kw_only_init_fields if f.init])

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """Recreates cls with __slots__ holding its fields (a class's slots can only be
    chosen when it is created)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get('__slots__')
        if s is not None:
            inherited.update([s] if isinstance(s, str) else s)
    names = list(field_names)
    if weakref_slot:
        names.append('__weakref__')
    cls_dict['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # Frozen slotted instances cannot use the default pickling state.
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursing into dataclasses, lists, tuples and
    dicts; other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple is rebuilt from positional arguments.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values
    (recursing as asdict() does)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass.

    fields is an iterable of either name, (name, type) or (name, type, Field)."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # CPython 3.11 creates the class through types.new_class, so its __module__ is
    # 'types'.
    ns['__module__'] = 'types'
    metaclass = type(bases[0]) if bases else type
    cls = metaclass(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
