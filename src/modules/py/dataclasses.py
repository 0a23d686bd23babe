"""Data classes: the @dataclass decorator reads a class's annotated fields and adds
the special methods such a class usually needs (__init__, __repr__, __eq__, the
ordering methods, __hash__, and for frozen classes __setattr__/__delattr__).

The methods are generated as Python source and compiled with exec, one function per
method, so that they have real signatures and report argument errors as any
function does.
"""

import sys
import types

try:
    from _thread import get_ident as _thread_ident
except ImportError:
    # Without threads every repr runs in the one thread there is.
    def _thread_ident():
        return 0

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


# --- markers ---------------------------------------------------------------------------

class _MISSING_TYPE:
    """The type of MISSING: "no value given" where None can be a real value."""


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: a pseudo-field annotated with it makes the fields after
    it keyword-only."""


MISSING, KW_ONLY = _MISSING_TYPE(), _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# The default __init__ shows for a field whose default comes from a factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    """One kind of annotated name; shown by its name."""

    def __repr__(self):
        return self.name

    def __init__(self, name):
        self.name = name


# What an annotation declares: a field, a ClassVar (ignored), or an InitVar (an
# __init__ argument that is passed on to __post_init__ and not stored).
_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(
    _FIELD_BASE, ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

# The class attributes that record a dataclass's fields and decorator arguments.
_FIELDS, _PARAMS = '__dataclass_fields__', '__dataclass_params__'

_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    """Annotation for an init-only pseudo-field: InitVar[int]."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type
        if isinstance(shown, type) and not isinstance(shown, types.GenericAlias):
            return f'dataclasses.InitVar[{shown.__name__}]'
        return f'dataclasses.InitVar[{shown!r}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Everything known about one field: its name and type, its default or default
    factory, and whether it takes part in __init__, __repr__, comparison and
    hashing.  Made by field(); the decorator fills in name and type."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in (
            'name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
            'compare', 'metadata', 'kw_only'))
        return f'Field({shown},_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # The class statement tells the Field its name; pass that on to a default
        # that is itself a descriptor wanting to know it.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    """The arguments the decorator was applied with (kept in __dataclass_params__)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond its annotation and default.

    default_factory is called to make the default of each new instance (for
    mutable defaults); init, repr and compare say whether the field is an argument
    of __init__, shown by __repr__ and compared; hash (None: same as compare)
    whether it is hashed; metadata is any mapping, kept read-only; kw_only makes it
    a keyword-only argument."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata,
                 kw_only)


# --- what an annotation declares ---------------------------------------------------------

def _is_classvar(annotation, typing):
    return (annotation is typing.ClassVar
            or (type(annotation) is typing._GenericAlias
                and annotation.__origin__ is typing.ClassVar))


def _is_initvar(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _is_kw_only(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _is_word_char(char):
    return char.isalnum() or char == '_'


def _leading_name(text):
    """(module, name) for a string annotation starting 'module.name' and
    (None, name) for one starting with a plain name; None for anything else.
    Blanks are allowed around the names and the dot."""
    def word(at):
        while at < len(text) and text[at].isspace():
            at += 1
        end = at
        while end < len(text) and _is_word_char(text[end]):
            end += 1
        return text[at:end], end

    first, after = word(0)
    if not first:
        return None
    probe = after
    while probe < len(text) and text[probe].isspace():
        probe += 1
    if probe < len(text) and text[probe] == '.':
        second, _ = word(probe + 1)
        if second:
            return first, second
    return None, first


def _string_names(annotation, cls, module, predicate):
    """Whether a string annotation names (by predicate) an object of `module`, as
    the module that defined cls would resolve it: 'InitVar[int]' through that
    module's globals, 'dataclasses.InitVar[int]' through its import of `module`."""
    parts = _leading_name(annotation)
    home = sys.modules.get(cls.__module__)
    if parts is None or home is None:
        return False
    prefix, name = parts
    if prefix is None:
        namespace = home.__dict__
    elif home.__dict__.get(prefix) is module:
        namespace = module.__dict__
    else:
        return False
    return predicate(namespace.get(name), module)


def _declares(annotation, cls, module, predicate):
    if predicate(annotation, module):
        return True
    return isinstance(annotation, str) and _string_names(annotation, cls, module, predicate)


def _make_field(cls, name, annotation, default_kw_only):
    """The Field for one annotated name of cls, classified and checked."""
    default = getattr(cls, name, MISSING)
    # A __slots__ entry is a descriptor on the class, not a default value.
    if isinstance(default, types.MemberDescriptorType):
        default = MISSING
    f = default if isinstance(default, Field) else field(default=default)
    f.name, f.type, f._field_type = name, annotation, _FIELD

    typing = sys.modules.get('typing')
    if typing and _declares(annotation, cls, typing, _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _declares(annotation, cls, sys.modules[__name__], _is_initvar):
        f._field_type = _FIELD_INITVAR

    if f._field_type is _FIELD_CLASSVAR:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
        return f
    if f._field_type is _FIELD_INITVAR and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # An unhashable default (list, dict, set) would be shared by every instance.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


# --- generating methods ------------------------------------------------------------------

def _compile(name, params, body, namespace, module_globals, returns=MISSING):
    """Compile `def name(params): body` with the values of `namespace` visible to
    it (they are passed into an enclosing function, so that each method sees its
    own).  The text keeps the def on line 2 and the body from line 3, one statement
    per line: tracebacks through it show those lines of "<string>"."""
    if returns is not MISSING:
        namespace = dict(namespace, __dataclass_return__=returns)
        arrow = '->__dataclass_return__'
    else:
        arrow = ''
    text = (f"def __create_fn__({', '.join(namespace)}):\n"
            f" def {name}({','.join(params)}){arrow}:\n"
            + ''.join(f'  {line}\n' for line in body)
            + f" return {name}")
    scope = {}
    exec(text, module_globals, scope)
    return scope['__create_fn__'](**namespace)


def _field_tuple(owner, flds):
    """Source text of the tuple of the given fields of `owner` ('self')."""
    if not flds:
        return '()'
    return '(' + ','.join(f'{owner}.{f.name}' for f in flds) + ',)'


# Called by the generated __init__ when the class defines it.
_POST_INIT_NAME = '__post_init__'


def _init_parameter(f):
    text = f'{f.name}:__dataclass_type_{f.name}__'
    if f.default is not MISSING:
        return text + f'=__dataclass_default_{f.name}__'
    if f.default_factory is not MISSING:
        return text + '=__dataclass_factory_marker__'
    return text


def _init_statement(f, frozen, self_name, slots, namespace):
    """The __init__ line that stores field f, or None when f is not stored there
    (an InitVar, or a field whose class attribute already holds the default)."""
    if f.default_factory is not MISSING:
        factory = f'__dataclass_factory_{f.name}__'
        namespace[factory] = f.default_factory
        if f.init:
            value = f'{factory}() if {f.name} is __dataclass_factory_marker__ else {f.name}'
        else:
            # Not an argument: the factory is the only source of the value.
            value = f'{factory}()'
    elif f.init:
        if f.default is not MISSING:
            namespace[f'__dataclass_default_{f.name}__'] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # With __slots__ there is no class attribute left to supply the default.
        value = f'__dataclass_default_{f.name}__'
        namespace[value] = f.default
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f'__dataclass_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _build_init(all_fields, positional, keyword_only, frozen, has_post_init, self_name,
                module_globals, slots):
    missing_default_seen = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            missing_default_seen = True
        elif missing_default_seen:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    namespace = {f'__dataclass_type_{f.name}__': f.type for f in all_fields}
    namespace['__dataclass_factory_marker__'] = _HAS_DEFAULT_FACTORY
    namespace['__dataclass_object__'] = object
    body = [line for line in (_init_statement(f, frozen, self_name, slots, namespace)
                              for f in all_fields) if line]
    if has_post_init:
        passed = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({passed})')
    params = [self_name] + [_init_parameter(f) for f in positional]
    if keyword_only:
        params += ['*'] + [_init_parameter(f) for f in keyword_only]
    return _compile('__init__', params, body or ['pass'], namespace, module_globals,
                    returns=None)


def _guard_recursion(repr_method):
    """Wrap a generated __repr__ so that an instance met again inside its own repr
    shows as '...'."""
    active = set()

    def __repr__(self):
        token = (id(self), _thread_ident())
        if token in active:
            return '...'
        active.add(token)
        try:
            return repr_method(self)
        finally:
            active.discard(token)

    # Like functools.wraps: the wrapper takes the generated method's __module__
    # (the dataclass's own module), so doctest and inspect count it as that
    # module's; pprint recognises it by __wrapped__.
    __repr__.__wrapped__ = repr_method
    __repr__.__doc__ = repr_method.__doc__
    __repr__.__module__ = repr_method.__module__
    return __repr__


def _build_repr(flds, module_globals):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    method = _compile('__repr__', ['self'],
                      [f'return self.__class__.__qualname__ + f"({shown})"'],
                      {}, module_globals)
    return _guard_recursion(method)


def _build_comparison(name, operator, flds, module_globals):
    mine, theirs = _field_tuple('self', flds), _field_tuple('other', flds)
    body = ['if other.__class__ is self.__class__:',
            f' return {mine}{operator}{theirs}',
            'return NotImplemented']
    return _compile(name, ['self', 'other'], body, {}, module_globals)


def _build_hash(flds, module_globals):
    return _compile('__hash__', ['self'], [f'return hash({_field_tuple("self", flds)})'],
                    {}, module_globals)


def _build_frozen_guards(cls, flds, module_globals):
    """__setattr__ and __delattr__ refusing to change the fields (and, on the class
    itself, any attribute)."""
    test = 'type(self) is cls'
    if flds:
        test += ' or name in {' + ', '.join(repr(f.name) for f in flds) + '}'
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    guards = []
    for name, params, verb, passed in (
            ('__setattr__', ['self', 'name', 'value'], 'assign to', 'name, value'),
            ('__delattr__', ['self', 'name'], 'delete', 'name')):
        body = [f'if {test}:',
                f' raise FrozenInstanceError(f"cannot {verb} field {{name!r}}")',
                f'super(cls, self).{name}({passed})']
        guards.append(_compile(name, params, body, namespace, module_globals))
    return guards


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _add_method(cls, name, value):
    """Put a generated attribute on cls unless the class body defined that name
    itself; returns whether it was already defined."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _set_qualname(cls, value))
    return False


# What happens to __hash__, by (unsafe_hash, eq, frozen, the class defines __hash__):
#   'keep'  - leave whatever the class has or inherits
#   'none'  - set __hash__ = None (equal objects may change: unhashable)
#   'add'   - generate a __hash__ from the hashed fields
#   'error' - unsafe_hash asks to replace the class's own __hash__
def _hash_decision(unsafe_hash, eq, frozen, defines_hash):
    if unsafe_hash:
        return 'error' if defines_hash else 'add'
    if not eq or defines_hash:
        return 'keep'
    return 'add' if frozen else 'none'


# --- the class decorator -----------------------------------------------------------------

def _inherited_fields(cls):
    """The fields of the dataclasses among cls's bases (the most basic first, so
    that subclasses override) and whether any of those is frozen; None instead of
    the fields when no base is a dataclass."""
    found = None
    any_frozen = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        found = found or {}
        found.update((f.name, f) for f in base_fields.values())
        any_frozen = any_frozen or getattr(base, _PARAMS).frozen
    return found, any_frozen


def _own_fields(cls, kw_only):
    """The Fields for cls's own annotations, in order; a KW_ONLY pseudo-field
    makes the following ones keyword-only."""
    this_module = sys.modules[__name__]
    marker_seen = False
    own = []
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        if _declares(annotation, cls, this_module, _is_kw_only):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))
    return own


def _settle_class_defaults(cls, own):
    """Replace field() objects left in the class body by their plain defaults (or
    remove them), and reject field() objects without an annotation."""
    annotations = cls.__dict__.get('__annotations__', {})
    for f in own:
        if not isinstance(getattr(cls, f.name, None), Field):
            continue
        if f.default is not MISSING:
            setattr(cls, f.name, f.default)
        else:
            delattr(cls, f.name)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    home = sys.modules.get(cls.__module__)
    module_globals = home.__dict__ if home is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    inherited, any_frozen_base = _inherited_fields(cls)
    own = _own_fields(cls, kw_only)
    all_fields = dict(inherited or {})
    all_fields.update((f.name, f) for f in own)
    _settle_class_defaults(cls, own)

    if inherited is not None:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not any_frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    # A __hash__ of None next to an __eq__ in the class body is what Python itself
    # puts there; only other values count as the class defining __hash__.
    own_hash = cls.__dict__.get('__hash__', MISSING)
    defines_hash = not (own_hash is MISSING
                        or (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    generated_init = None
    if init:
        # The instance parameter is renamed when a field is called 'self'.
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        generated_init = _build_init(init_fields, positional, keyword_only, frozen,
                                     hasattr(cls, _POST_INIT_NAME), self_name,
                                     module_globals, slots)
        _add_method(cls, '__init__', generated_init)

    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]
    if repr:
        _add_method(cls, '__repr__', _build_repr([f for f in real if f.repr],
                                                 module_globals))
    if eq:
        _add_method(cls, '__eq__', _build_comparison('__eq__', '==', compared,
                                                     module_globals))
    if order:
        for name, operator in (('__lt__', '<'), ('__le__', '<='),
                               ('__gt__', '>'), ('__ge__', '>=')):
            method = _build_comparison(name, operator, compared, module_globals)
            if _add_method(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for guard in _build_frozen_guards(cls, real, module_globals):
            if _add_method(cls, guard.__name__, guard):
                raise TypeError(f'Cannot overwrite attribute {guard.__name__} '
                                f'in class {cls.__name__}')

    decision = _hash_decision(unsafe_hash, eq, frozen, defines_hash)
    if decision == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if decision == 'none':
        cls.__hash__ = None
    elif decision == 'add':
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _build_hash(hashed, module_globals))

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls, generated_init, positional,
                                                     keyword_only)
    if match_args:
        _add_method(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc = sys.modules.get('abc')
    if abc is not None:
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Turn a class with annotated fields into a data class (see the module
    docstring); usable as @dataclass or @dataclass(...)."""
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    return decorate if cls is None else decorate(cls)


# --- the default docstring ------------------------------------------------------------------

def _annotation_text(annotation):
    """An annotation as signatures show it (inspect.formatannotation's rules)."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _without_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _without_typing_prefix(text):
    """text with 'typing.' dropped from the start of each dotted name in it."""
    pieces = []
    start = None
    for at, char in enumerate(text + ' '):
        if _is_word_char(char) or char == '.':
            if start is None:
                start = at
            continue
        if start is not None:
            pieces.append(text[start:at].removeprefix('typing.'))
            start = None
        pieces.append(char)
    return ''.join(pieces)[:-1]


def _signature_text(cls, generated_init, positional, keyword_only):
    """The signature part of the default docstring: what inspect.signature(cls)
    shows, without '-> None'.  When the signature is that of the generated
    __init__ it is written from the fields directly."""
    plain = (generated_init is not None
             and cls.__dict__.get('__init__') is generated_init
             and '__new__' not in cls.__dict__
             and getattr(cls, '__signature__', None) is None
             and not any('__call__' in meta.__dict__
                         for meta in type(cls).__mro__ if meta not in (type, object)))
    if not plain:
        # A hand-written __init__ (or __new__, or metaclass __call__) decides.
        import inspect
        try:
            text = str(inspect.signature(cls))
        except (TypeError, ValueError):
            return ''
        return text.replace(' -> None', '')

    def describe(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            return f'{text} = {f.default!r}'
        if f.default_factory is not MISSING:
            return f'{text} = {_HAS_DEFAULT_FACTORY!r}'
        return text

    shown = [describe(f) for f in positional]
    if keyword_only:
        shown += ['*'] + [describe(f) for f in keyword_only]
    return f"({', '.join(shown)}) -> None".replace(' -> None', '')


# --- __slots__ ------------------------------------------------------------------------------

def _declared_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _add_slots(cls, frozen, weakref_slot):
    """A copy of cls whose __slots__ hold its fields (slots can only be chosen when
    a class is created, so the class is made again)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    taken = {slot for base in cls.__mro__[1:-1] for slot in _declared_slots(base)}
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in taken)
    for name in names + ('__dict__', '__weakref__'):
        # Class-level defaults would hide the slot descriptors; the old class's
        # __dict__ and __weakref__ descriptors belong to the old class.
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if frozen:
        # Frozen instances cannot be restored by setattr: pickle needs these.
        if '__getstate__' not in namespace:
            remade.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _dataclass_setstate
    return remade


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


# --- working with dataclasses ----------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVars or InitVars)."""
    try:
        recorded = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in recorded.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _rebuild(value, on_dataclass):
    """A deep copy of value in which every dataclass instance is replaced by
    on_dataclass(instance); lists, tuples (named ones too) and dicts are rebuilt
    with their own types."""
    if _is_dataclass_instance(value):
        return on_dataclass(value)

    def again(item):
        return _rebuild(item, on_dataclass)

    if isinstance(value, tuple) and hasattr(value, '_fields'):
        # A namedtuple takes its items as separate arguments.
        return type(value)(*[again(item) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(again(item) for item in value)
    if isinstance(value, dict):
        return type(value)((again(key), again(item)) for key, item in value.items())
    import copy
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict of name -> value (built with
    dict_factory from a list of pairs), nested dataclasses converted too."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_pairs(instance):
        return dict_factory([(f.name, _rebuild(getattr(instance, f.name), as_pairs))
                             for f in fields(instance)])
    return as_pairs(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (built with
    tuple_factory from a list), nested dataclasses converted too."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_values(instance):
        return tuple_factory([_rebuild(getattr(instance, f.name), as_values)
                              for f in fields(instance)])
    return as_values(obj)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed (it goes through
    __init__ and __post_init__ again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    declared = getattr(obj, _FIELDS).values()
    for f in (f for f in declared if f._field_type is not _FIELD_CLASSVAR):
        if not f.init and f.name in changes:
            raise ValueError(f'field {f.name} is declared with init=False, '
                             'it cannot be specified with replace()')
        if not f.init or f.name in changes:
            continue
        if f._field_type is _FIELD_INITVAR and f.default is MISSING:
            raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
        changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _field_name_problem(name, taken):
    import keyword
    if not isinstance(name, str) or not name.isidentifier():
        return 'Field names must be valid identifiers'
    if keyword.iskeyword(name):
        return 'Field names must not be keywords'
    if name in taken:
        return 'Field name duplicated'
    return None


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name.  Each item of fields is a name, a
    (name, type) pair or a (name, type, Field) triple; an untyped field is
    annotated 'typing.Any'."""
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, defaults[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        problem = _field_name_problem(name, annotations)
        if problem:
            raise TypeError(f'{problem}: {name!r}')
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(defaults)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
