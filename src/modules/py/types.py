"""Define names for built-in types that aren't directly accessible as a builtin.

Each type is taken from an object of that type, so it is exactly the interpreter's own.
Also dynamic class creation (new_class, prepare_class, resolve_bases),
SimpleNamespace, MappingProxyType and DynamicClassAttribute.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()
del _c


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    GetSetDescriptorType = type(FunctionType.__code__)
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass

try:
    raise TypeError
except TypeError as exc:
    _tb = exc.__traceback__
if _tb is not None:
    TracebackType = type(_tb)
    if hasattr(_tb, "tb_frame"):
        FrameType = type(_tb.tb_frame)
del _tb

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            parts = [f"{k}={v!r}" for k, v in self.__dict__.items()
                     if isinstance(k, str) and k]
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(parts)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)



# ids of the namespaces whose repr is being built (a namespace inside itself shows
# as "namespace(...)").
_repr_running = set()


def _mapping_proxy_class():
    # The interpreter's class attribute dicts are plain dicts, so there is no native
    # read-only view to take the type from: this class is one.

    class mappingproxy:
        __module__ = "builtins"
        __slots__ = ("_mapping",)

        def __new__(cls, mapping):
            if (not hasattr(type(mapping), "__getitem__")
                    or isinstance(mapping, (list, tuple))):
                raise TypeError("mappingproxy() argument must be a mapping, not "
                                + type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, "_mapping", mapping)
            return self

        def __setattr__(self, name, value):
            raise AttributeError(
                f"'mappingproxy' object has no attribute '{name}'")

        def __delattr__(self, name):
            raise AttributeError(
                f"'mappingproxy' object has no attribute '{name}'")

        def __getitem__(self, key):
            return self._mapping[key]

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def get(self, key, default=None, /):
            """Return the value for key if key is in the mapping, else default."""
            return self._mapping.get(key, default)

        def keys(self):
            """D.keys() -> a set-like object providing a view on D's keys"""
            return self._mapping.keys()

        def values(self):
            """D.values() -> an object providing a view on D's values"""
            return self._mapping.values()

        def items(self):
            """D.items() -> a set-like object providing a view on D's items"""
            return self._mapping.items()

        def copy(self):
            """D.copy() -> a shallow copy of D"""
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        def __lt__(self, other):
            return self._mapping < other

        def __le__(self, other):
            return self._mapping <= other

        def __gt__(self, other):
            return self._mapping > other

        def __ge__(self, other):
            return self._mapping >= other

        __hash__ = None

        def __or__(self, other):
            if isinstance(other, mappingproxy):
                other = other._mapping
            return self._mapping | other

        def __ror__(self, other):
            if isinstance(other, mappingproxy):
                other = other._mapping
            return other | self._mapping

        def __ior__(self, other):
            raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

        __class_getitem__ = classmethod(GenericAlias)

    mappingproxy.__qualname__ = "mappingproxy"
    return mappingproxy


MappingProxyType = type(type.__dict__)
if MappingProxyType is dict:
    MappingProxyType = _mapping_proxy_class()


def _register_mapping_proxy():
    # collections.abc registers the type as a Mapping when it is imported after this
    # module; do it here when it was imported first.
    import sys
    abc = sys.modules.get("collections.abc")
    if abc is not None:
        abc.Mapping.register(MappingProxyType)


_register_mapping_proxy()
del _mapping_proxy_class, _register_mapping_proxy


# Creating classes dynamically the way a class statement does (PEP 3115, PEP 560).
def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass of a class `name` with these bases and keywords (a
    'metaclass' keyword, or the most derived metaclass of the bases) and call its
    __prepare__ to make the namespace.

    Returns (metaclass, namespace, kwds), kwds being a copy of the keywords without
    'metaclass' (an empty dict if none were given).
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # An explicit metaclass that is not the most derived one is replaced by it.
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases (TypeError if they
    are not all related)."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that works like a property on instances but raises AttributeError
    when looked up on the class itself, so that the class's (metaclass's) __getattr__
    supplies the class-level value: an attribute can be a property on instances and
    a virtual attribute of the class under the same name (enum uses it).
    """
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # The docstring is taken over from fget unless one is given, as property does.
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        # Abstract when fget is.
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


__all__ = [n for n in globals() if n[:1] != '_']


# Error messages name SimpleNamespace as CPython's C type: 'types.SimpleNamespace'.
from collections import _name_as_c_type
_name_as_c_type(SimpleNamespace)
del _name_as_c_type
