"""Weak references: proxies, weak containers, WeakMethod and finalize, built on the
_weakref primitives (ref, getweakrefcount, getweakrefs)."""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _unchecked_ref, _deref
import _weakrefset
from _weakrefset import WeakSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_DEAD = "weakly-referenced object no longer exists"
_getattr = object.__getattribute__
_setattr = object.__setattr__


# --- proxies ---------------------------------------------------------------------

class _ProxyLink:
    """The callback of the reference a proxy holds: it knows the proxy only weakly,
    so that a proxy nobody uses dies at once, and calls the user's callback with it."""

    __slots__ = ("proxy", "callback", "callable_kind")

    def __init__(self, callback, callable_kind):
        self.proxy = None
        self.callback = callback
        self.callable_kind = callable_kind

    def __call__(self, _ref):
        p = self.proxy() if self.proxy is not None else None
        if p is not None and self.callback is not None:
            self.callback(p)

    def __repr__(self):
        # Errors of the callback are reported under the user's callback.
        return repr(self.callback)


def _target(p):
    o = _getattr(p, "_proxy_ref")()
    if o is None:
        raise ReferenceError(_DEAD)
    return o


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyType) else x


class ProxyType:
    __slots__ = ("_proxy_ref",)
    __hash__ = None

    @property
    def __class__(self):
        return type(_target(self))

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = _getattr(self, "_proxy_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        o = _target(self)
        if not hasattr(type(o), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __add__(self, other): return _target(self) + _unwrap(other)
    def __radd__(self, other): return _unwrap(other) + _target(self)
    def __sub__(self, other): return _target(self) - _unwrap(other)
    def __rsub__(self, other): return _unwrap(other) - _target(self)
    def __mul__(self, other): return _target(self) * _unwrap(other)
    def __rmul__(self, other): return _unwrap(other) * _target(self)
    def __matmul__(self, other): return _target(self) @ _unwrap(other)
    def __rmatmul__(self, other): return _unwrap(other) @ _target(self)
    def __truediv__(self, other): return _target(self) / _unwrap(other)
    def __rtruediv__(self, other): return _unwrap(other) / _target(self)
    def __floordiv__(self, other): return _target(self) // _unwrap(other)
    def __rfloordiv__(self, other): return _unwrap(other) // _target(self)
    def __mod__(self, other): return _target(self) % _unwrap(other)
    def __rmod__(self, other): return _unwrap(other) % _target(self)
    def __divmod__(self, other): return divmod(_target(self), _unwrap(other))
    def __rdivmod__(self, other): return divmod(_unwrap(other), _target(self))
    def __pow__(self, other): return _target(self) ** _unwrap(other)
    def __rpow__(self, other): return _unwrap(other) ** _target(self)
    def __lshift__(self, other): return _target(self) << _unwrap(other)
    def __rlshift__(self, other): return _unwrap(other) << _target(self)
    def __rshift__(self, other): return _target(self) >> _unwrap(other)
    def __rrshift__(self, other): return _unwrap(other) >> _target(self)
    def __and__(self, other): return _target(self) & _unwrap(other)
    def __rand__(self, other): return _unwrap(other) & _target(self)
    def __or__(self, other): return _target(self) | _unwrap(other)
    def __ror__(self, other): return _unwrap(other) | _target(self)
    def __xor__(self, other): return _target(self) ^ _unwrap(other)
    def __rxor__(self, other): return _unwrap(other) ^ _target(self)

    # In-place operators change the referent (the proxy stays the result).
    def __iadd__(self, other):
        o = _target(self)
        o += _unwrap(other)
        return self

    def __isub__(self, other):
        o = _target(self)
        o -= _unwrap(other)
        return self

    def __imul__(self, other):
        o = _target(self)
        o *= _unwrap(other)
        return self

    def __ior__(self, other):
        o = _target(self)
        o |= _unwrap(other)
        return self

    def __iand__(self, other):
        o = _target(self)
        o &= _unwrap(other)
        return self

    def __neg__(self): return -_target(self)
    def __pos__(self): return +_target(self)
    def __abs__(self): return abs(_target(self))
    def __invert__(self): return ~_target(self)
    def __int__(self): return int(_target(self))
    def __float__(self): return float(_target(self))
    def __index__(self): return _target(self).__index__()


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = "weakref"
CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """A proxy to object: it behaves like object while object lives, and raises
    ReferenceError once it is gone."""
    callable_kind = callable(object)
    if callback is None:
        # As for ref(), callback-free proxies of one object are shared.
        for r in getweakrefs(object):
            link = r.__callback__
            if type(link) is _ProxyLink and link.callback is None \
                    and link.callable_kind == callable_kind and link.proxy is not None:
                p = link.proxy()
                if p is not None:
                    return p
    link = _ProxyLink(callback, callable_kind)
    r = ref(object, link)
    p = _new_proxy(CallableProxyType if callable_kind else ProxyType)
    _setattr(p, "_proxy_ref", r)
    link.proxy = _unchecked_ref(p)
    return p


def _new_proxy(cls):
    return object.__new__(cls)


# --- WeakMethod --------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method that dies with its object or function
    (a plain ref to a bound method dies at once, the method being made per access)."""

    __slots__ = ("_meth_type", "_func_ref", "_alive", "_hash", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self._hash = None
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = _deref(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        # Binding again through the object's attribute gives the same method.
        meth = getattr(obj, func.__name__, None)
        if getattr(meth, "__func__", None) is func:
            return meth
        return None

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return _deref(self) == _deref(other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    def __hash__(self):
        # The hash of the object, kept once taken (a dead reference still hashes).
        if self._hash is None:
            obj = _deref(self)
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash


# --- MutableMapping behaviour shared by the weak dictionaries ---------------------

_mappingproxy = type(type.__dict__)


def _is_mapping(obj):
    """isinstance(obj, collections.abc.Mapping), without importing collections.abc:
    until that module is loaded only dicts, mappingproxies and the weak dictionaries
    can be Mappings."""
    if isinstance(obj, (dict, _mappingproxy, _WeakMapping)):
        return True
    import sys
    abc = sys.modules.get('collections.abc')
    return abc is not None and isinstance(obj, abc.Mapping)


class _WeakMapping:
    """The mixin methods CPython's weak dictionaries inherit from MutableMapping
    (importing collections.abc here would make `import weakref` several times
    slower)."""

    __reversed__ = None
    __class_getitem__ = classmethod(type(list[int]))

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __or__(self, other):
        if _is_mapping(other):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# --- WeakValueDictionary -----------------------------------------------------------

class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes away when its value
    dies."""

    def __init__(self, other=(), /, **kw):
        selfref = ref(self)

        def remover(key):
            # The callback of the reference stored under key.
            def remove(wr):
                self = selfref()
                if self is not None:
                    if self._iterating:
                        self._pending_removals.append(key)
                    else:
                        d = self.data
                        if key in d and d[key] is wr:
                            del d[key]
            return remove
        self._remover = remover
        self._pending_removals = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            key = pending.pop()
            wr = d.get(key)
            if wr is not None and wr() is None:
                del d[key]

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = ref(value, self._remover(key))

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        self._iterating += 1
        try:
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._iterating -= 1
            if not self._iterating and self._pending_removals:
                self._commit_removals()

    def keys(self):
        for k, v in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for k, v in self.items():
            yield v

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        yield from list(self.data.values())

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = ref(default, self._remover(key))
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = ref(o, self._remover(key))
        for key, o in kwargs.items():
            d[key] = ref(o, self._remover(key))



# --- WeakKeyDictionary -------------------------------------------------------------

class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            try:
                del d[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._iterating += 1
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._iterating -= 1
            if not self._iterating and self._pending_removals:
                self._commit_removals()

    def keys(self):
        for k, v in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for k, v in self.items():
            yield v

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)



# --- finalize ------------------------------------------------------------------------

class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once obj is
    garbage, or at interpreter exit (while atexit is True) if obj still lives then."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = None
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index()
        finalize._registry[self] = info
        finalize._dirty = True

    @staticmethod
    def _next_index():
        finalize._counter += 1
        return finalize._counter

    def __call__(self, _=None):
        """Calls the function now (once) and returns its result; None if it was
        already called or detached."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Forgets the function: returns (obj, func, args, kwargs), or None if dead."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while alive, without detaching; else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has not yet been called or detached."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether to call the function at exit if the object still lives."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers that want to run at exit, oldest first.
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        return [f for (f, i) in pending]

    @classmethod
    def _exitfunc(cls):
        # Called by atexit: run the finalizers of objects still alive, newest first;
        # finalizers made meanwhile run too.
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True


finalize._counter = 0
