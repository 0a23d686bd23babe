"""Type hints at run time.

Annotations such as ``Dict[str, List[int]]`` or ``Optional[Node]`` are ordinary
objects: generic aliases that remember their origin class and their arguments.  This
module provides them (the aliases of the builtin and collections classes, the special
forms Any, Union, Optional, Literal, ClassVar, Final, Annotated, ...), type variables
and parameter specifications, Generic and Protocol for user classes, NamedTuple,
TypedDict and NewType, and the functions that read annotations back (get_type_hints,
get_origin, get_args).  Nothing here checks types; a type checker does that.
"""

import sys as _sys
import collections as _collections
import collections.abc as _abc
import functools as _functools
import operator as _operator
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = [
    # Special forms and the classes that build types.
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'Union',
    # Aliases of the collections.abc classes.
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    # Protocols of one method.
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # Aliases of concrete classes, and the typed record types.
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
    'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # Input and output, regular expressions.
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # Functions, decorators and the remaining names.
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
]

# The classes of some built-in objects (the types module is not imported: it is not
# available to sandboxed programs).
_BuiltinGenericAlias = type(list[int])
_BuiltinUnion = type(int | str)
_NoneType = type(None)
_FunctionType = type(lambda: None)


def _method_type():
    class Probe:
        def probe(self):
            pass
    return type(Probe().probe)


_MethodType = _method_type()
_ModuleType = type(_sys)
_BuiltinFunctionType = type(len)

# True only while a static type checker reads the code.
TYPE_CHECKING = False


# --- helpers ---------------------------------------------------------------------------

def _type_repr(obj):
    """How a type is shown among the arguments of an alias: 'int', 'mod.Class',
    '...', a function's name, or the repr of anything else."""
    if isinstance(obj, _BuiltinGenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType and a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Returns arg (converted) if it may stand as a type argument, raising TypeError
    with msg otherwise.  Any object passes except a tuple and the special forms
    that need arguments (and ClassVar/Final unless allowed here)."""
    refused_origins = [Generic, Protocol]
    if not allow_special_forms:
        refused_origins.append(ClassVar)
        if is_argument:
            refused_origins.append(Final)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused_origins:
        raise TypeError(f"{arg} is not valid as type argument")
    usable_bare = [Any, LiteralString, NoReturn, Never, Self, TypeAlias]
    if allow_special_forms:
        usable_bare += [ClassVar, Final]
    if arg in usable_bare:
        return arg
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    return arg


def _is_type_variable(obj):
    return isinstance(obj, (TypeVar, ParamSpec))


def _is_param_expr(arg):
    """Whether arg can stand for a whole parameter list: ..., P, Concatenate[...] or
    a list (tuple) of types."""
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _collect_parameters(args):
    """The type variables in args and in their own parameters, first seen first."""
    found = []

    def note(variable):
        if variable not in found:
            found.append(variable)

    for arg in args:
        if isinstance(arg, type):
            # A generic class itself (not an alias) adds nothing.
            continue
        if _is_type_variable(arg):
            note(arg)
        elif isinstance(arg, (list, tuple)):
            for variable in _collect_parameters(arg):
                note(variable)
        else:
            for variable in getattr(arg, '__parameters__', ()):
                note(variable)
    return tuple(found)


def _check_generic(cls, parameters, elen):
    """Checks that a generic gets exactly as many arguments as it has parameters."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    given = len(parameters)
    if given != elen:
        amount = 'many' if given > elen else 'few'
        raise TypeError(f"Too {amount} arguments for {cls}; actual {given}, expected {elen}")


def _deduplicate(params):
    """params without repeats, first occurrences kept.  Unhashable params raise
    TypeError."""
    return list(dict.fromkeys(params))


def _remove_dups_flatten(parameters):
    """Union members: nested unions opened up, repeats removed."""
    members = []
    for param in parameters:
        if isinstance(param, (_UnionGenericAlias, _BuiltinUnion)):
            members.extend(param.__args__)
        else:
            members.append(param)
    return tuple(_deduplicate(members))


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


def _caller(depth=1, default='__main__'):
    """The module name of the code `depth` calls above the function calling this."""
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


# Caches of subscriptions, so that List[int] is List[int]; emptied by the functions
# registered here (see _tp_cache).
_cleanups = []


def _tp_cache(func):
    """Memoises a subscription method; unhashable arguments bypass the cache."""
    cached = _functools.lru_cache(typed=True)(func)
    _cleanups.append(cached.cache_clear)

    @_functools.wraps(func)
    def lookup(*args, **kwds):
        try:
            return cached(*args, **kwds)
        except TypeError:
            pass
        return func(*args, **kwds)
    return lookup


# --- building blocks of typing's own classes -------------------------------------------

class _Final:
    """typing's internal classes cannot be subclassed outside this module."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    """Keeps `*Alias` from iterating over an alias through __getitem__."""

    __slots__ = ()
    __iter__ = None


class _Immutable:
    """Copies of these objects are the objects themselves."""

    __slots__ = ()

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class _UnionOperand:
    """`X | Y` for typing's objects means Union[X, Y]."""

    __slots__ = ()

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# --- special forms ---------------------------------------------------------------------

class _SpecialForm(_Final, _NotIterable, _UnionOperand, _root=True):
    # A name with a meaning for type checkers (Union, ClassVar, NoReturn, ...).  It
    # cannot be instantiated or subclassed; subscribing it calls its subscript
    # function.  (No docstring: each form keeps its own __doc__ in a slot.)

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._name, self.__doc__ = getitem.__name__, getitem.__doc__
        self._getitem = getitem

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")


class _LiteralSpecialForm(_SpecialForm, _root=True):
    """Literal: its subscript function receives the values one by one."""

    @_tp_cache
    def __getitem__(self, parameters):
        values = parameters if isinstance(parameters, tuple) else (parameters,)
        return self._getitem(self, *values)


def _bare_form(name, doc):
    """A special form that takes no arguments (Never, Self, ...)."""
    def refuse(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    refuse.__name__ = refuse.__qualname__ = name
    refuse.__doc__ = doc
    return _SpecialForm(refuse)


def _wrapping_form(name, doc, complaint):
    """A special form that wraps exactly one type (ClassVar[int], ...)."""
    def wrap(self, parameters):
        return _GenericAlias(self, (_type_check(parameters, f"{self} {complaint}"),))
    wrap.__name__ = wrap.__qualname__ = name
    wrap.__doc__ = doc
    return _SpecialForm(wrap)


class _AnyMeta(type):
    # Any itself refuses isinstance(); its subclasses are ordinary classes.

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        # Spelled out: minipy's type.__repr__ (and super() here) would give the
        # repr of a plain object for a class whose metaclass is not type.
        module = self.__module__
        if module == 'builtins':
            return "<class '%s'>" % self.__qualname__
        return "<class '%s.%s'>" % (module, self.__qualname__)

    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """Stands for any type at all: every value fits it and it fits everywhere.
    It may be subclassed (to let a class pass for anything) but not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _bare_form('NoReturn', "The return type of a function that never returns.")
Never = _bare_form('Never', "The type with no values, for code that cannot be reached.")
Self = _bare_form('Self', "The type of the instance a method is called on.")
LiteralString = _bare_form('LiteralString', "Any string built only from literals.")
TypeAlias = _bare_form('TypeAlias', "Marks an assignment as defining a type alias.")

ClassVar = _wrapping_form('ClassVar', "Marks a class attribute that instances do not "
                          "set: ClassVar[int].", 'accepts only single type.')
Final = _wrapping_form('Final', "Marks a name that must not be reassigned or "
                       "overridden: Final[int].", 'accepts only single type.')
Required = _wrapping_form('Required', "Marks a key a TypedDict must have, in a "
                          "total=False TypedDict.", 'accepts only a single type.')
NotRequired = _wrapping_form('NotRequired', "Marks a key a TypedDict may lack.",
                             'accepts only a single type.')
TypeGuard = _wrapping_form('TypeGuard', "The return type of a function that tells "
                           "whether its argument has a type: TypeGuard[int].",
                           'accepts only single type.')


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: a value of type X or of type Y (also written X | Y).  Nested
    unions are flattened, repeats dropped, and a union of one type is that type."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    members = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                    for p in parameters)
    members = _remove_dups_flatten(members)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(self, members, name="Optional")
    return _UnionGenericAlias(self, members)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X]: X or None, i.e. Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


def _value_and_type_iter(parameters):
    # Literal[1] and Literal[True] differ although 1 == True.
    return ((p, type(p)) for p in parameters)


def _flatten_literal_params(parameters):
    flat = []
    for param in parameters:
        if isinstance(param, _LiteralGenericAlias):
            flat.extend(param.__args__)
        else:
            flat.append(param)
    return tuple(flat)


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Literal[v1, v2, ...]: exactly one of these values (of their own types)."""
    # The values are not types: no _type_check.
    values = _flatten_literal_params(parameters)
    try:
        values = tuple(value for value, _ in _deduplicate(list(_value_and_type_iter(values))))
    except TypeError:
        # Unhashable values are kept as given.
        pass
    return _LiteralGenericAlias(self, values)


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, Y, P]: the parameters X and Y followed by those of the
    ParamSpec P, in Callable[Concatenate[...], R]."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    *leading, last = parameters
    if not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable.")
    leading = [_type_check(p, "Concatenate[arg, ...]: each arg must be a type.")
               for p in leading]
    return _ConcatenateGenericAlias(self, (*leading, last), _paramspec_tvars=True)


# --- forward references and type variables ---------------------------------------------

class ForwardRef(_Final, _UnionOperand, _root=True):
    """A type written as a string (`"Node"`), evaluated when the hints are read."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' (an unpacked annotation) is no expression on its own.
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_module__ = module
        self.__forward_is_class__ = is_class
        self.__forward_is_argument__ = is_argument
        self.__forward_arg__, self.__forward_code__ = arg, code
        # Filled in by the first evaluation.
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _evaluate(self, globalns, localns, recursive_guard):
        """The type the string names in these namespaces (a reference met again
        while it is being evaluated stays unevaluated)."""
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        globalns, localns = _namespaces(globalns, localns)
        if self.__forward_module__ is not None:
            home = _sys.modules.get(self.__forward_module__, None)
            globalns = getattr(home, '__dict__', globalns)
        value = _type_check(eval(self.__forward_code__, globalns, localns),
                            "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(value, globalns, localns,
                                            recursive_guard | {self.__forward_arg__})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = self.__forward_module__
        suffix = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{suffix})'


def _namespaces(globalns, localns):
    # Either namespace stands in for a missing one; with neither, an empty one.
    if globalns is None and localns is None:
        empty = {}
        return empty, empty
    if globalns is None:
        return localns, localns
    if localns is None:
        return globalns, globalns
    return globalns, localns


class _TypeVariable(_UnionOperand):
    """Variance, bound, repr and pickling shared by TypeVar and ParamSpec."""

    __slots__ = ()

    def _set_variance_and_bound(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def _set_module(self):
        # The module of the code that created the variable (two calls up).
        home = _caller(2)
        if home != 'typing':
            self.__module__ = home

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _Immutable, _TypeVariable, _root=True):
    """A type variable: T = TypeVar('T').  It stands for one type wherever it
    appears in a generic function or class; it may be limited to subtypes of a bound
    or to a set of constraints, and be covariant or contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self._set_variance_and_bound(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
            for t in constraints)
        self._set_module()

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.",
                           is_argument=True)


class _ParamSpecPart(_Final, _Immutable, _root=True):
    """P.args or P.kwargs: one half of the parameters of the ParamSpec P."""

    _part = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.__origin__ == other.__origin__
        return NotImplemented

    def __repr__(self):
        return "%s.%s" % (self.__origin__.__name__, self._part)


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """P.args: the positional parameters of the ParamSpec P."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """P.kwargs: the keyword parameters of the ParamSpec P."""
    _part = 'kwargs'


class ParamSpec(_Final, _Immutable, _TypeVariable, _root=True):
    """A parameter specification variable: P = ParamSpec('P').  It stands for the
    whole parameter list of a callable, as in Callable[P, R]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance_and_bound(bound, covariant, contravariant)
        self._set_module()

    args = property(lambda self: ParamSpecArgs(self),
                    doc="The positional parameters: P.args.")
    kwargs = property(lambda self: ParamSpecKwargs(self),
                      doc="The keyword parameters: P.kwargs.")

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        position = alias.__parameters__.index(self)
        if position >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        # An alias whose only parameter is a ParamSpec takes the types of the
        # parameter list directly: Z[int, str] means Z[[int, str]].
        if len(alias.__parameters__) == 1 and not _is_param_expr(args[0]):
            return (args,)
        if isinstance(args[position], list):
            return (*args[:position], tuple(args[position]), *args[position + 1:])
        return args


# --- generic aliases -------------------------------------------------------------------

_ALIAS_OWN_ATTRIBUTES = ('_name', '_inst', '_nparams', '_paramspec_tvars')


class _BaseGenericAlias(_Final, _root=True):
    """What List and List[int] have in common: calling the alias makes an instance
    of the origin class, other attributes come from the origin, and the alias may
    be a base class."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, bases):
        entries = [] if self.__origin__ in bases else [self.__origin__]
        # Generic joins the bases unless a later base brings it in anyway.
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(base, _BaseGenericAlias) or issubclass(base, Generic)
                   for base in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # Dunder names are not passed on (copy and pickle look some up).
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        # The alias keeps its own attributes; any other is set on the origin class.
        if not (_is_dunder(attr) or attr in _ALIAS_OWN_ATTRIBUTES):
            setattr(self.__origin__, attr, val)
            return
        super().__setattr__(attr, val)

    def __dir__(self):
        own = set(object.__dir__(self))
        return sorted(own | {name for name in dir(self.__origin__) if not _is_dunder(name)})

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))


def _substitute_arguments(alias, args):
    """The arguments of `alias` once its parameters are replaced by `args`."""
    params = alias.__parameters__
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    if len(args) != len(params):
        amount = 'many' if len(args) > len(params) else 'few'
        raise TypeError(f"Too {amount} arguments for {alias}; "
                        f"actual {len(args)}, expected {len(params)}")
    return tuple(_substitute_each(alias.__origin__, alias.__args__,
                                  dict(zip(params, args))))


def _substitute_each(origin, old_args, by_param):
    """New arguments for old_args: a type variable becomes its argument, an alias
    with variables is subscripted with theirs, anything else stays."""
    new_args = []
    for old in old_args:
        if isinstance(old, type):
            new_args.append(old)
            continue
        replace = getattr(old, '__typing_subst__', None)
        if replace is not None:
            new = replace(by_param[old])
        else:
            inner = getattr(old, '__parameters__', ())
            new = old[tuple(by_param[p] for p in inner)] if inner else old
        if origin is _abc.Callable and isinstance(new, tuple):
            # Callable[P, T][[int, str], bool] spreads the parameter list.
            new_args.extend(new)
        elif isinstance(old, tuple):
            # A parameter list given as a tuple: Base[[int, T]].
            new_args.append(tuple(_substitute_each(origin, old, by_param)))
        else:
            new_args.append(new)
    return new_args


class _GenericAlias(_BaseGenericAlias, _UnionOperand, _root=True):
    """A subscripted generic: List[int], Stack[T], ClassVar[int], ...  __origin__ is
    the class (or special form), __args__ the arguments, __parameters__ the type
    variables left in them."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if arg is _TypingEllipsis else arg for arg in args)
        self.__parameters__ = _collect_parameters(args)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    @_tp_cache
    def __getitem__(self, args):
        """Substitutes the type variables: Dict[str, T][int] is Dict[str, int]."""
        args = args if isinstance(args, tuple) else (args,)
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with(_substitute_arguments(self, args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            # Tuple[()] keeps its parentheses.
            return f'{head}[()]'
        return '%s[%s]' % (head, ', '.join(_type_repr(arg) for arg in self.__args__))

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return _operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            # The generic version of a builtin or collections class.
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(base, _BaseGenericAlias) and base is not self
                   for base in later):
                return ()
        return (self.__origin__,)


class _TypingEllipsis:
    """Stands for ... among the arguments while an alias is built."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _UnionOperand, _root=True):
    """An alias not yet subscripted: List, Dict, Iterable, ...  It knows how many
    arguments it takes."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self.__doc__ = 'A generic version of %s.' % _type_repr(origin)
        self._nparams = nparams

    @_tp_cache
    def __getitem__(self, params):
        params = params if isinstance(params, tuple) else (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[A, B], R]: the parameter types and the result type are stored
    flat in __args__ (A, B, R)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        parameters = ', '.join(_type_repr(arg) for arg in args[:-1])
        return f'typing.Callable[[{parameters}], {_type_repr(args[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    """Callable itself: Callable[[arg, ...], result] or Callable[..., result]."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # A list of parameter types becomes a tuple (lists cannot be cached); the
        # rest (..., ParamSpec, Concatenate) is left to type checkers.
        return self.__getitem_inner__((tuple(args) if isinstance(args, list) else args,
                                       result))

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with((*(_type_convert(arg) for arg in args), result))


class _TupleType(_SpecialGenericAlias, _root=True):
    """Tuple: Tuple[int, str], or Tuple[int, ...] for any length."""

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            items = [_type_check(p, "Tuple[t, ...]: t must be a type.")
                     for p in params[:-1]]
            return self.copy_with((*items, _TypingEllipsis))
        return self.copy_with(tuple(
            _type_check(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y] (and Optional[X]): the order of the members does not matter."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _BuiltinUnion)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            other = members[1] if members[0] is _NoneType else members[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for member in self.__args__:
            if issubclass(cls, member):
                return True

    def __reduce__(self):
        func, (_origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]: equal when the same values of the same types are listed."""

    def _typed_values(self):
        return frozenset(_value_and_type_iter(self.__args__))

    def __hash__(self):
        return hash(self._typed_values())

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return self._typed_values() == other._typed_values()
        return NotImplemented


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[X, P]; substituting P by a parameter list gives the plain list."""

    def copy_with(self, params):
        *leading, last = params
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*leading, *last.__args__)
        elif isinstance(last, (list, tuple)):
            return (*leading, *last)
        return super().copy_with(params)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: the type T (__origin__) with the values x, ...
    (__metadata__) attached for tools to read."""

    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, x], y] is Annotated[T, x, y].
        if isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        new_type, = params
        return _AnnotatedAlias(new_type, self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(item) for item in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __reduce__(self):
        return _operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def _parts(self):
        return (self.__origin__, self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash(self._parts())

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x, ...]: the type T with extra values for tools that read
    annotations (a type checker sees plain T)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# --- Generic and Protocol --------------------------------------------------------------

def _generic_class_parameters(cls):
    """The type variables of a class that subclasses generic aliases: those listed in
    its Generic[...] base (which must name them all), or all of them in order."""
    found = _collect_parameters(cls.__orig_bases__)
    listed = None
    for base in cls.__orig_bases__:
        if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
            if listed is not None:
                raise TypeError("Cannot inherit from Generic[...] multiple times.")
            listed = base.__parameters__
    if listed is None:
        return found
    missing = [variable for variable in found if variable not in listed]
    if missing:
        raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
            ', '.join(str(t) for t in missing), ', '.join(str(g) for g in listed)))
    return listed


class Generic:
    """The base of generic classes: class Stack(Generic[T]): ...  Subscribing such
    a class (Stack[int]) gives an alias that makes ordinary instances."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            _check_generic_parameters(cls, params)
        else:
            for variable in cls.__parameters__:
                prepare = getattr(variable, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _set_generic_parameters(cls)


def _set_generic_parameters(cls):
    """Sets __parameters__ of a class deriving from Generic (refusing a plain
    Generic base, which names no type variables)."""
    if '__orig_bases__' in cls.__dict__:
        plain = Generic in cls.__orig_bases__
    else:
        plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                 and type(cls) != _TypedDictMeta)
    if plain:
        raise TypeError("Cannot inherit from plain Generic")
    if '__orig_bases__' in cls.__dict__:
        cls.__parameters__ = tuple(_generic_class_parameters(cls))
    else:
        cls.__parameters__ = ()


def _check_generic_parameters(cls, params):
    # Generic[...] and Protocol[...] take distinct type variables only.
    if not params:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    if not all(_is_type_variable(p) for p in params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                        f"or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")


# Names of a protocol's namespace that are not members it asks for.
_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__',
                     '_is_protocol', '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__',
                  '__subclasshook__', '__weakref__', '__class_getitem__',
                  # minipy keeps the qualified name in the namespace as well.
                  '__qualname__']
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']


def _get_protocol_attrs(cls):
    """The members a protocol asks for: the names its classes (up to Protocol)
    define or annotate."""
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(getattr(base, '__annotations__', {}))
        members.update(name for name in names
                       if not name.startswith('_abc_') and name not in EXCLUDED_ATTRIBUTES)
    return members


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    """The __init__ of protocols: a protocol cannot be instantiated; a concrete class
    derived from one gets, at its first instantiation, the first real __init__ found
    along its MRO in place of this function."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is _no_init_or_replace_init:
        cls.__init__ = _first_real_init(cls)
        cls.__init__(self, *args, **kwargs)


def _first_real_init(cls):
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            return init
    return object.__init__


def _allow_reckless_class_checks(depth=3):
    """Whether the check comes from abc or functools, which try isinstance() and
    issubclass() on every class of an MRO, protocols included."""
    return _caller(depth) in {'abc', 'functools', None}


# Classes that are not protocols but that a protocol may derive from, by module.
_PROTO_ALLOWLIST = {
    'contextlib': 'AbstractContextManager AbstractAsyncContextManager'.split(),
    'collections.abc': ('Callable Awaitable Iterable Iterator AsyncIterable Hashable '
                        'Sized Container Collection Reversible').split(),
}


def _protocol_runtime_error():
    return TypeError("Instance and class checks can only be used with"
                     " @runtime_checkable protocols")


def _has_protocol_members(cls, instance):
    # Every member present; a method set to None on the instance blocks it.
    for attr in _get_protocol_attrs(cls):
        if not hasattr(instance, attr):
            return False
        if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
            return False
    return True


class _ProtocolMeta(_ABCMeta):
    """Protocols are ABCs whose isinstance() looks at the members an object has."""

    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if (is_protocol and not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks(depth=2)):
            raise _protocol_runtime_error()
        if ((not is_protocol or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol and _has_protocol_members(cls, instance):
            return True
        return super().__instancecheck__(instance)


def _structural_subclass_hook(cls, other):
    """issubclass(other, cls) for a runtime protocol: True when other (or a class it
    derives from) defines every member; NotImplemented otherwise."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _allow_reckless_class_checks(depth=4):
            return NotImplemented
        raise _protocol_runtime_error()
    if not _is_callable_members_only(cls):
        if _allow_reckless_class_checks(depth=4):
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        # The message issubclass(1, int) gives.
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _get_protocol_attrs(cls):
        if not _defines_member(other, attr):
            return NotImplemented
    return True


def _defines_member(other, attr):
    for base in other.__mro__:
        if attr in base.__dict__:
            # A member set to None is explicitly missing.
            return base.__dict__[attr] is not None
        # A sub-protocol may only annotate the member.
        annotations = getattr(base, '__annotations__', {})
        if (isinstance(annotations, _abc.Mapping) and attr in annotations
                and issubclass(other, Generic) and other._is_protocol):
            return True
    return False


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocol classes, which describe an interface by its members:
    any class that has them matches, whatever it derives from (checked by type
    checkers, and by isinstance() for @runtime_checkable protocols)."""

    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class with Protocol among its direct bases is a protocol too.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            def _proto_hook(other):
                return _structural_subclass_hook(cls, other)
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not _may_be_protocol_base(base):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _may_be_protocol_base(base):
    if base in (object, Generic):
        return True
    if base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and base._is_protocol


def runtime_checkable(cls):
    """Class decorator: lets isinstance() and issubclass() check a protocol, by the
    presence of its members (not their signatures)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# --- aliases of builtin and collections classes ----------------------------------------

def _alias_of(origin, nparams, **options):
    return _SpecialGenericAlias(origin, nparams, **options)


Hashable = _alias_of(_abc.Hashable, 0)
Awaitable = _alias_of(_abc.Awaitable, 1)
Coroutine = _alias_of(_abc.Coroutine, 3)
AsyncIterable = _alias_of(_abc.AsyncIterable, 1)
AsyncIterator = _alias_of(_abc.AsyncIterator, 1)
Iterable = _alias_of(_abc.Iterable, 1)
Iterator = _alias_of(_abc.Iterator, 1)
Reversible = _alias_of(_abc.Reversible, 1)
Sized = _alias_of(_abc.Sized, 0)
Container = _alias_of(_abc.Container, 1)
Collection = _alias_of(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
Callable.__doc__ = """Callable[[A, B], R]: something called with an A and a B that
returns an R; Callable[..., R] accepts any arguments."""
AbstractSet = _alias_of(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias_of(_abc.MutableSet, 1)
Mapping = _alias_of(_abc.Mapping, 2)
MutableMapping = _alias_of(_abc.MutableMapping, 2)
Sequence = _alias_of(_abc.Sequence, 1)
MutableSequence = _alias_of(_abc.MutableSequence, 1)
ByteString = _alias_of(_abc.ByteString, 0)
MappingView = _alias_of(_abc.MappingView, 1)
KeysView = _alias_of(_abc.KeysView, 1)
ItemsView = _alias_of(_abc.ItemsView, 2)
ValuesView = _alias_of(_abc.ValuesView, 1)
Generator = _alias_of(_abc.Generator, 3)
AsyncGenerator = _alias_of(_abc.AsyncGenerator, 2)

# The builtin containers: the alias cannot be called (use the class itself).
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = """Tuple[X, Y]: a pair of an X and a Y; Tuple[X, ...]: any number
of Xs; Tuple[()]: the empty tuple."""
List = _alias_of(list, 1, inst=False, name='List')
Set = _alias_of(set, 1, inst=False, name='Set')
FrozenSet = _alias_of(frozenset, 1, inst=False, name='FrozenSet')
Dict = _alias_of(dict, 2, inst=False, name='Dict')
Type = _alias_of(type, 1, inst=False, name='Type')
Type.__doc__ = """Type[C]: the class C itself or one of its subclasses (not an
instance of it)."""

Deque = _alias_of(_collections.deque, 1, name='Deque')
DefaultDict = _alias_of(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias_of(_collections.OrderedDict, 2)
Counter = _alias_of(_collections.Counter, 1)
ChainMap = _alias_of(_collections.ChainMap, 2)


def _context_manager_aliases():
    import contextlib
    return (_alias_of(contextlib.AbstractContextManager, 1, name='ContextManager'),
            _alias_of(contextlib.AbstractAsyncContextManager, 1,
                      name='AsyncContextManager'))


ContextManager, AsyncContextManager = _context_manager_aliases()


def _regex_aliases():
    import re
    return _alias_of(re.Pattern, 1), _alias_of(re.Match, 1)


Pattern, Match = _regex_aliases()


# --- predefined type variables and protocols -------------------------------------------

T = TypeVar('T')              # any type
KT = TypeVar('KT')            # the key type of a mapping
VT = TypeVar('VT')            # the value type of a mapping
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
# str or bytes, the same one wherever it appears.
AnyStr = TypeVar('AnyStr', bytes, str)
# For code that still runs on Python 2 as well.
Text = str


@runtime_checkable
class SupportsInt(Protocol):
    """Objects with an __int__ method."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Objects with a __float__ method."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Objects with a __complex__ method."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Objects with a __bytes__ method."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Objects with an __index__ method (usable as list indices)."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Objects with an __abs__ method, returning a T_co."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Objects with a __round__ method, returning a T_co."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    """The interface of file objects, of str (TextIO) or bytes (BinaryIO).  Its
    methods are declarations for type checkers: open() does not return an IO."""

    __slots__ = ()

    @property
    @_abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abstractmethod
    def name(self) -> str:
        pass

    @_abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abstractmethod
    def closed(self) -> bool:
        pass

    @_abstractmethod
    def fileno(self) -> int:
        pass

    @_abstractmethod
    def flush(self) -> None:
        pass

    @_abstractmethod
    def isatty(self) -> bool:
        pass

    @_abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readable(self) -> bool:
        pass

    @_abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @_abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abstractmethod
    def seekable(self) -> bool:
        pass

    @_abstractmethod
    def tell(self) -> int:
        pass

    @_abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @_abstractmethod
    def writable(self) -> bool:
        pass

    @_abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @_abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @_abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """A file of bytes, as open(name, 'rb') returns."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s: bytes) -> int:
        pass

    @_abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """A file of text, as open(name) returns."""

    __slots__ = ()

    @property
    @_abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @_abstractmethod
    def errors(self):
        pass

    @property
    @_abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @_abstractmethod
    def newlines(self):
        pass

    @_abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# --- NamedTuple, TypedDict, NewType ----------------------------------------------------

def _make_nmtuple(name, types, module, defaults=()):
    """A namedtuple class whose fields carry the given types as annotations."""
    fields = [field for field, _ in types]
    annotations = {field: _type_check(kind, f"field {field} annotation must be a type")
                   for field, kind in types}
    made = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = annotations
    return made


# Names a NamedTuple class body may not define, and names taken from it as they are.
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                         '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _fields_with_defaults(annotations, namespace):
    """The annotated fields that have a default in the class body, checking that
    no field without one follows them."""
    with_defaults = []
    for field in annotations:
        if field in namespace:
            with_defaults.append(field)
        elif with_defaults:
            plural = 's' if len(with_defaults) > 1 else ''
            raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                            f"default field{plural} {', '.join(with_defaults)}")
    return with_defaults


class NamedTupleMeta(type):
    """Turns a class statement deriving from NamedTuple into a namedtuple class."""

    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        annotations = ns.get('__annotations__', {})
        defaulted = _fields_with_defaults(annotations, ns)
        made = _make_nmtuple(typename, annotations.items(),
                             defaults=[ns[field] for field in defaulted],
                             module=ns['__module__'])
        made.__bases__ = bases
        if Generic in bases:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        # The class body adds methods and attributes; it cannot replace what makes
        # the namedtuple work.
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in made._fields:
                setattr(made, key, value)
        if Generic in bases:
            # What made.__init_subclass__() does once the new __bases__ are in the
            # MRO, which minipy does not recompute on assignment.
            _set_generic_parameters(made)
        return made


# What a class statement naming NamedTuple as a base really derives from.
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: NamedTuple('Point', [('x', int), ('y', int)]), or as the
    base of a class statement whose annotations name the fields:

        class Point(NamedTuple):
            x: int
            y: int = 0
    """
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    items = kwargs.items() if fields is None else fields
    return _make_nmtuple(typename, items, module=_caller())


def _namedtuple_mro_entries(bases):
    # `class P(NamedTuple)`: NamedTuple is a function; the class statement uses
    # _NamedTuple, whose metaclass builds the namedtuple.
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _key_is_required(annotation, total):
    # Required[...] and NotRequired[...] (perhaps inside Annotated) override total.
    origin = get_origin(annotation)
    if origin is Annotated:
        args = get_args(annotation)
        if args:
            origin = get_origin(args[0])
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    """Makes TypedDict classes: dict subclasses that record their keys' types."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        check = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(kind, check, module=tp_dict.__module__)
               for key, kind in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, kind in own.items():
            if _key_is_required(kind, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # Instances are plain dicts.  (`__call__ = dict`, as a class attribute,
        # would receive the class as an argument in minipy.)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        # TypedDicts exist for static checks only.
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


# What a class statement naming TypedDict as a base really derives from.
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of string keys, each with its value type:
    TypedDict('Movie', {'name': str, 'year': int}), or as the base of a class
    statement whose annotations list the keys.  total=False makes the keys
    optional; Required[...] and NotRequired[...] mark single keys."""
    if fields is not None and kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                      "in Python 3.11, will be removed in Python 3.13, and may not be "
                      "understood by third-party type checkers.",
                      DeprecationWarning, stacklevel=2)
    namespace = {'__annotations__': dict(kwargs if fields is None else fields)}
    home = _caller()
    if home is not None:
        # Pickling the class needs the right module.
        namespace['__module__'] = home
    return _TypedDictMeta(typename, (), namespace, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a class made with TypedDict."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct name for an existing type, for type checkers:
    UserId = NewType('UserId', int).  At run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        home = _caller()
        if home != 'typing':
            self.__module__ = home

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        # Subclassing fails, with a message naming the subclass being defined.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# --- functions and decorators ----------------------------------------------------------

def cast(typ, val):
    """Tells a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm that val has type typ; returns val."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Marks code a type checker should find unreachable; raises if it runs."""
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Asks a type checker for the type it infers; at run time, prints the actual
    type to stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated function becomes: it may not be called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualified name -> first line -> overload, for get_overloads().
_overload_registry = _collections.defaultdict(
    _functools.partial(_collections.defaultdict, dict))


def overload(func):
    """Declares one signature of a function that has several; the implementation
    (not decorated) follows the declarations.  get_overloads() lists them."""
    plain = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry[plain.__module__][plain.__qualname__]
        by_name[plain.__code__.co_firstlineno] = func
    except AttributeError:
        # Not a plain function: nothing to remember.
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload declarations made for func, in the order of their lines."""
    plain = getattr(func, "__func__", func)
    by_name = _overload_registry.get(plain.__module__)
    if not by_name or plain.__qualname__ not in by_name:
        return []
    return list(by_name[plain.__qualname__].values())


def clear_overloads():
    """Forgets every @overload declaration."""
    _overload_registry.clear()


def final(f):
    """Marks a method that subclasses must not override or a class that must not be
    subclassed (sets __final__ = True when it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def _defined_directly_in(obj, owner):
    return (hasattr(obj, '__qualname__')
            and obj.__qualname__ == f'{owner.__qualname__}.{obj.__name__}'
            and getattr(obj, '__module__', None) == owner.__module__)


def no_type_check(arg):
    """Tells type checkers to ignore the annotations of a function or class (and of
    the methods and classes defined in it)."""
    if isinstance(arg, type):
        for key in dir(arg):
            try:
                member = getattr(arg, key)
            except AttributeError:
                # minipy's dir() may list a name getattr() cannot find.
                continue
            # Nested definitions are handled with their own owner.
            if not _defined_directly_in(member, arg):
                continue
            if isinstance(member, _FunctionType):
                member.__no_type_check__ = True
            if isinstance(member, _MethodType):
                member.__func__.__no_type_check__ = True
            if isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        # A builtin class.
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes a decorator apply no_type_check to what it returns."""
    @_functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass that makes dataclass-like classes
    (the options are recorded in __dataclass_transform__ for type checkers)."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                    kwargs=kwargs)

    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = settings
        return cls_or_fn
    return decorator


# --- reading annotations ---------------------------------------------------------------

def _should_unflatten_callable_args(typ, args):
    # Callable[[A, B], R] keeps (A, B, R) in __args__; a parameter expression
    # (Callable[..., R], Callable[P, R]) stays as it is.
    return typ.__origin__ is _abc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references (also inside aliases) evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _BuiltinUnion)):
        return t
    if isinstance(t, _BuiltinGenericAlias):
        # list['Node']: the strings become forward references first.
        args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg for arg in t.__args__)
        if _should_unflatten_callable_args(t, args):
            t = t.__origin__[(args[:-1], args[-1])]
        else:
            t = t.__origin__[args]
    evaluated = tuple(_eval_type(arg, globalns, localns, recursive_guard)
                      for arg in t.__args__)
    if evaluated == t.__args__:
        return t
    if isinstance(t, _BuiltinGenericAlias):
        return _BuiltinGenericAlias(t.__origin__, evaluated)
    if isinstance(t, _BuiltinUnion):
        return _functools.reduce(_operator.or_, evaluated)
    return t.copy_with(evaluated)


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired wrappers, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, '__origin__') and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if not isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _BuiltinUnion)):
        return t
    stripped = tuple(_strip_annotations(arg) for arg in t.__args__)
    if stripped == t.__args__:
        return t
    if isinstance(t, _GenericAlias):
        return t.copy_with(stripped)
    if isinstance(t, _BuiltinGenericAlias):
        return _BuiltinGenericAlias(t.__origin__, stripped)
    return _functools.reduce(_operator.or_, stripped)


def _hint_value(value, as_forward_ref):
    # In annotations None means NoneType, and a string a forward reference.
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return as_forward_ref(value)
    return value


def _finish_hints(hints, include_extras):
    if include_extras:
        return hints
    return {name: _strip_annotations(kind) for name, kind in hints.items()}


def _class_hints(cls, globalns, localns):
    """The annotations of a class and of its bases, base classes first."""
    hints = {}
    for base in reversed(cls.__mro__):
        if globalns is None:
            module = _sys.modules.get(base.__module__, None)
            base_globals = getattr(module, '__dict__', {})
        else:
            base_globals = globalns
        annotations = base.__dict__.get('__annotations__', {})
        if not isinstance(annotations, dict):
            annotations = {}
        base_locals = dict(vars(base)) if localns is None else localns
        if localns is None and globalns is None:
            # Names are looked up in the module before the class body, as they
            # were before Python 3.10 (hence the swap).
            base_globals, base_locals = base_locals, base_globals
        for name, value in annotations.items():
            value = _hint_value(value, lambda text: ForwardRef(text, is_argument=False,
                                                               is_class=True))
            hints[name] = _eval_type(value, base_globals, base_locals)
    return hints


# Objects whose missing __annotations__ mean "no hints" rather than an error.
_allowed_types = (_FunctionType, _BuiltinFunctionType, _MethodType, _ModuleType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function as a dict, with
    strings evaluated, None made NoneType, and (unless include_extras) Annotated,
    Required and NotRequired removed.  A class includes its bases' annotations."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        return _finish_hints(_class_hints(obj, globalns, localns), include_extras)
    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = obj.__dict__
        else:
            unwrapped = obj
            while hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            globalns = getattr(unwrapped, '__globals__', {})
    if localns is None:
        localns = globalns
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    in_module = isinstance(obj, _ModuleType)
    hints = {}
    for name, value in annotations.items():
        value = _hint_value(value, lambda text: ForwardRef(text, is_argument=not in_module,
                                                           is_class=False))
        hints[name] = _eval_type(value, globalns, localns)
    return _finish_hints(hints, include_extras)


def get_origin(tp):
    """The class or special form a type was made from: list for List[int], Union
    for Optional[int], Annotated for Annotated[...]; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinGenericAlias, ParamSpecArgs,
                       ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _BuiltinUnion):
        return _BuiltinUnion
    return None


def get_args(tp):
    """The arguments a type was made with: (str, int) for Dict[str, int],
    ([int], str) for Callable[[int], str]; () for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        args = tp.__args__
        if _should_unflatten_callable_args(tp, args):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _BuiltinUnion):
        return tp.__args__
    return ()
