"""The registry pickle and copy consult for reducing objects, plus the helpers that
pickles refer to when they rebuild objects.

* dispatch_table maps a type to a function returning the reduce tuple of its instances
  (filled with pickle()).
* _reconstructor / _reduce_ex implement the old protocols 0 and 1 for instances of
  Python classes; __newobj__ / __newobj_ex__ stand for the NEWOBJ opcodes of the newer
  ones.
* The extension registry gives chosen globals a small integer code (EXT1/2/4 opcodes).
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reducer, for objects whose type is exactly that type.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer for instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor argument is only validated, as it always was.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor (kept for old callers)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    """complex numbers travel as their two parts."""
    return complex, (c.real, c.imag)


def pickle_union(obj):
    """`int | str` is rebuilt by or-ing its members together again."""
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# --- protocols 0 and 1 ---------------------------------------------------------------

# Built-in types whose instances carry a value that `base(obj)` copies out.  A Python
# class deriving from one of them is pickled as (class, that base, that value).
_VALUE_BASES = (int, float, complex, str, bytes, bytearray,
                tuple, list, dict, set, frozenset)


def _reconstructor(cls, base, state):
    """Make an instance of cls again from the value its built-in base held."""
    if base is object:
        return object.__new__(cls)
    instance = base.__new__(cls, state)
    # Mutable bases such as list fill themselves in __init__, not __new__.
    if base.__init__ != object.__init__:
        base.__init__(instance, state)
    return instance


def _nearest_builtin_base(cls):
    """The first class of cls's MRO that is object or a value-carrying built-in."""
    for klass in cls.__mro__:
        if klass is object or klass in _VALUE_BASES:
            return klass
    return object


def _has_own_getstate(cls):
    """Whether some class above object in the MRO supplies __getstate__."""
    return any('__getstate__' in vars(klass)
               for klass in cls.__mro__ if klass is not object)


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _nearest_builtin_base(cls)
    if base is object:
        value = None
    elif base is cls:
        # A built-in type with no reducer of its own cannot be taken apart here.
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    # Without a __getstate__ of its own, a slotted object would lose its slots.
    if getattr(self, "__slots__", None) and not _has_own_getstate(type(self)):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    state = self.__getstate__()
    rebuild_args = (cls, base, value)
    if state:
        return _reconstructor, rebuild_args, state
    return _reconstructor, rebuild_args


# --- protocols 2 and later -----------------------------------------------------------

def __newobj__(cls, *args):
    """What the NEWOBJ opcode does: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """What NEWOBJ_EX does: __new__ with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, attr):
    """attr as seen from outside the class `owner` (private names get its prefix)."""
    if not attr.startswith('__') or attr.endswith('__'):
        return attr
    prefix = owner.lstrip('_')
    return f"_{prefix}{attr}" if prefix else attr


def _slotnames(cls):
    """Every slot of cls and its bases (without __dict__ and __weakref__), by the
    names attribute access uses; remembered in cls.__slotnames__."""
    known = vars(cls).get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = vars(klass).get("__slots__")
            if declared is None:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_mangled(klass.__name__, attr) for attr in declared
                         if attr not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        # Built-in and otherwise read-only classes just are not cached.
        pass
    return found


def _getnewargs(obj):
    """(args, kwargs) from __getnewargs_ex__ / __getnewargs__, or (None, None)."""
    t = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            "not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            "not '%s'" % type(args).__name__)
        return args, None
    # minipy's builtin value types lack __getnewargs__: their subclasses
    # are rebuilt from the plain value, as CPython's __getnewargs__ does.
    for base in (int, float, str, bytes, tuple, complex, frozenset):
        if isinstance(obj, base):
            if base is tuple or base is frozenset:
                return (base(obj),), None
            return (base(obj),), None
    return None, None


def _reduce_newobj(obj):
    """object.__reduce_ex__ for protocols 2 and above."""
    t = type(obj)
    args, kwargs = _getnewargs(obj)
    if not kwargs:
        newobj = __newobj__
        newargs = (t,) + (args or ())
    else:
        newobj = __newobj_ex__
        newargs = (t, args, kwargs)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (newobj, newargs, state, listitems, dictitems)


# --- object.__reduce_ex__ ------------------------------------------------------------

# Builtin types whose instances object's reduction may rebuild with __newobj__ (from
# __getnewargs__ and __getstate__); instances of the other builtin types cannot be
# pickled unless their type has a reduction of its own.
_NEWOBJ_BUILTINS = (object, int, bool, float, complex, str, bytes, tuple, list, dict,
                    type(None))


def _reduce_ex_default(obj, proto):
    """object.__reduce_ex__(proto) when the class keeps object's __reduce__ (and
    object.__reduce__ itself, with proto 0)."""
    reduced = _builtin_reduce(obj, proto)
    if reduced is not None:
        return reduced
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _builtin_reduce(obj, proto):
    """The reduction a builtin type defines for itself in CPython (None for the
    others); TypeError for the builtin types that cannot be pickled."""
    cls = type(obj)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), getattr(obj, '__dict__', None)
    if isinstance(obj, bytearray):
        if not obj:
            args = ()
        elif proto >= 3:
            args = (bytes(obj),)
        else:
            args = (obj.decode('latin-1'), 'latin-1')
        return cls, args, getattr(obj, '__dict__', None)
    if cls is range or cls is slice:
        return cls, (obj.start, obj.stop, obj.step)
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if cls is type(len):
        owner = obj.__self__
        if owner is None or type(owner).__name__ == 'module':
            return obj.__name__
        return getattr, (owner, obj.__name__)
    module = getattr(cls, '__module__', None)
    # Protocols 0 and 1 rebuild a builtin value from a builtin base below its class:
    # an instance of a builtin type itself has none.
    if proto < 2 and module == 'builtins' and cls is not object:
        raise TypeError(f"cannot pickle {cls.__qualname__!r} object")
    if module in ('builtins', '_io') and cls not in _NEWOBJ_BUILTINS:
        name = cls.__qualname__
        if proto >= 2 and module != 'builtins':
            name = f"{module}.{name}"
        raise TypeError(f"cannot pickle {name!r} object")
    return None


# --- extension codes -----------------------------------------------------------------
# Kept as three dicts because pickle reads them directly.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object already loaded for it


def add_extension(module, name, code):
    """Give the global module.name the extension code `code` (1 .. 2**31-1)."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    registered = _extension_registry.get(key)
    owner = _inverted_registry.get(code)
    if registered == code and owner == key:
        return      # the same registration again is harmless
    if registered is not None:
        raise ValueError(f"key {key} is already registered with code {registered}")
    if owner is not None:
        raise ValueError(f"code {code} is already in use for key {owner}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code) (meant for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects loaded for extension codes."""
    _extension_cache.clear()
