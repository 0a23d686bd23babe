"""Weak references and what is built on them: proxies, WeakMethod, the weak
dictionaries, WeakSet and finalize.

The primitives (ref, the reference counts) come from _weakref; everything else here is
Python on top of them.
"""

import sys
import itertools

from _weakref import (ref, ReferenceType, getweakrefcount, getweakrefs,
                      _unchecked_ref, _deref)
from _weakrefset import WeakSet, _IterationGuard

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_GenericAlias = type(list[int])


# === proxies =========================================================================
#
# A proxy forwards every operation to its referent while that lives and raises
# ReferenceError afterwards.  The proxy itself holds a weak reference (in the slot
# `_proxy_target`); operands that are proxies are replaced by their referents first.

_GONE = "weakly-referenced object no longer exists"
_slot_get = object.__getattribute__


def _referent(proxy):
    """The live object behind a proxy."""
    target = _slot_get(proxy, '_proxy_target')()
    if target is None:
        raise ReferenceError(_GONE)
    return target


def _operand(value):
    """An operand with any proxy replaced by the object it stands for."""
    if type(value) in ProxyTypes:
        return _referent(value)
    return value


def _named(name, function):
    function.__name__ = function.__qualname__ = name
    return function


def _forward_unary(name, operation):
    return _named(name, lambda self: operation(_referent(self)))


def _forward_binary(name, operation, reflected=False):
    if reflected:
        return _named(name, lambda self, other: operation(_operand(other), _referent(self)))
    return _named(name, lambda self, other: operation(_referent(self), _operand(other)))


# The augmented assignments, spelled out: each runs the operand's own in-place
# protocol (and its error message names the augmented operator, e.g. "+=").
def _iadd(a, b):
    a += b
    return a


def _isub(a, b):
    a -= b
    return a


def _imul(a, b):
    a *= b
    return a


def _imatmul(a, b):
    a @= b
    return a


def _itruediv(a, b):
    a /= b
    return a


def _ifloordiv(a, b):
    a //= b
    return a


def _imod(a, b):
    a %= b
    return a


def _ipow(a, b):
    a **= b
    return a


def _ilshift(a, b):
    a <<= b
    return a


def _irshift(a, b):
    a >>= b
    return a


def _iand(a, b):
    a &= b
    return a


def _ior(a, b):
    a |= b
    return a


def _ixor(a, b):
    a ^= b
    return a


_IN_PLACE = {
    'add': _iadd, 'sub': _isub, 'mul': _imul, 'matmul': _imatmul,
    'truediv': _itruediv, 'floordiv': _ifloordiv, 'mod': _imod, 'pow': _ipow,
    'lshift': _ilshift, 'rshift': _irshift, 'and': _iand, 'or': _ior, 'xor': _ixor,
}


def _proxy_namespace():
    """The methods both proxy types share."""
    import operator

    namespace = {'__slots__': ('_proxy_target',), '__module__': 'weakref'}

    def add(name, function):
        namespace[name] = _named(name, function)

    unary = {
        '__neg__': operator.neg, '__pos__': operator.pos, '__abs__': abs,
        '__invert__': operator.invert, '__int__': int, '__float__': float,
        '__index__': operator.index, '__bool__': bool, '__len__': len,
        '__iter__': iter, '__str__': str,
    }
    for name, operation in unary.items():
        namespace[name] = _forward_unary(name, operation)

    # Binary operators come in two flavours, self on the left and on the right.
    binary = {
        'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
        'matmul': operator.matmul, 'truediv': operator.truediv,
        'floordiv': operator.floordiv, 'mod': operator.mod, 'divmod': divmod,
        'lshift': operator.lshift, 'rshift': operator.rshift,
        'and': operator.and_, 'or': operator.or_, 'xor': operator.xor,
    }
    for stem, operation in binary.items():
        namespace[f'__{stem}__'] = _forward_binary(f'__{stem}__', operation)
        namespace[f'__r{stem}__'] = _forward_binary(f'__r{stem}__', operation,
                                                    reflected=True)
    # In place, the result is whatever the referent's in-place operator gives (the
    # name is then bound to that, not to the proxy).
    for stem, operation in _IN_PLACE.items():
        namespace[f'__i{stem}__'] = _forward_binary(f'__i{stem}__', operation)

    for stem in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        namespace[f'__{stem}__'] = _forward_binary(f'__{stem}__', getattr(operator, stem))

    def power(self, exponent, modulo=None):
        if modulo is None:
            return pow(_referent(self), _operand(exponent))
        return pow(_referent(self), _operand(exponent), _operand(modulo))

    def reflected_power(self, base, modulo=None):
        if modulo is None:
            return pow(_operand(base), _referent(self))
        return pow(_operand(base), _referent(self), _operand(modulo))

    add('__pow__', power)
    add('__rpow__', reflected_power)

    # Items and membership: the key is passed on as it is.
    add('__getitem__', lambda self, key: _referent(self)[key])
    add('__contains__', lambda self, item: item in _referent(self))

    def set_item(self, key, value):
        _referent(self)[key] = value

    def delete_item(self, key):
        del _referent(self)[key]

    add('__setitem__', set_item)
    add('__delitem__', delete_item)

    def next_item(self):
        target = _referent(self)
        if not hasattr(type(target), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(target).__name__)
        return next(target)

    add('__next__', next_item)

    # Attribute access of every kind goes to the referent (so p.__class__ is the
    # referent's class and isinstance sees through the proxy).
    add('__getattribute__', lambda self, name: getattr(_referent(self), name))
    add('__setattr__', lambda self, name, value: setattr(_referent(self), name, value))
    add('__delattr__', lambda self, name: delattr(_referent(self), name))
    # dir() lists what the referent has, as attribute access shows it.
    add('__dir__', lambda self: object.__dir__(_referent(self)))

    def describe(self):
        # A dead proxy still has a repr; it then names None as its target.
        target = _slot_get(self, '_proxy_target')()
        return '<weakproxy at %#x to %s at %#x>' % (
            id(self), type(target).__name__, id(target))

    def refuse_hash(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def refuse_creation(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'weakref.{cls.__name__}' instances")

    def refuse_subclass(cls, **kwargs):
        raise TypeError(f"type 'weakref.{cls.__mro__[1].__name__}' "
                        "is not an acceptable base type")

    add('__repr__', describe)
    add('__hash__', refuse_hash)
    namespace['__new__'] = staticmethod(_named('__new__', refuse_creation))
    namespace['__init_subclass__'] = classmethod(
        _named('__init_subclass__', refuse_subclass))
    return namespace


def _make_proxy_types():
    shared = _proxy_namespace()
    plain = dict(shared)
    # Only the plain proxy type has these two; they call the referent's methods by
    # name.
    plain['__bytes__'] = _named('__bytes__', lambda self: _referent(self).__bytes__())
    plain['__reversed__'] = _named('__reversed__',
                                   lambda self: _referent(self).__reversed__())
    callable_ = dict(shared)
    # ... so that reversed() of a callable proxy refuses instead of trying len().
    callable_['__reversed__'] = None
    callable_['__call__'] = _named(
        '__call__', lambda self, *args, **kwargs: _referent(self)(*args, **kwargs))
    return type('ProxyType', (), plain), type('CallableProxyType', (), callable_)


ProxyType, CallableProxyType = _make_proxy_types()
ProxyTypes = (ProxyType, CallableProxyType)
del _make_proxy_types, _proxy_namespace


class _ProxyCallback:
    """The callback of the reference inside a proxy.  It knows the proxy only weakly
    (an unused proxy dies at once) and hands it to the user's callback."""

    __slots__ = ('proxy_ref', 'user_callback')

    def __init__(self, user_callback):
        self.proxy_ref = None
        self.user_callback = user_callback

    def __call__(self, dead_reference):
        proxy = self.proxy_ref() if self.proxy_ref is not None else None
        if proxy is not None and self.user_callback is not None:
            self.user_callback(proxy)

    def __repr__(self):
        # An error in the callback is reported under the user's function.
        return repr(self.user_callback)


def _shared_proxy(obj):
    """The callback-free proxy of obj that is still alive, if any (such proxies are
    shared, as callback-free references are)."""
    for reference in getweakrefs(obj):
        link = reference.__callback__
        if type(link) is _ProxyCallback and link.user_callback is None:
            found = link.proxy_ref() if link.proxy_ref is not None else None
            if found is not None:
                return found
    return None


def proxy(obj, callback=None, /):
    """A proxy for obj: it acts like obj while obj is alive and raises ReferenceError
    once it is gone.  callback(proxy) runs when obj dies."""
    if callback is None:
        existing = _shared_proxy(obj)
        if existing is not None:
            return existing
    link = _ProxyCallback(callback)
    target_ref = ref(obj, link)
    made = object.__new__(CallableProxyType if callable(obj) else ProxyType)
    # The proxy's own __setattr__ forwards to the referent; fill the slot directly.
    object.__setattr__(made, '_proxy_target', target_ref)
    link.proxy_ref = _unchecked_ref(made)
    return made


# === WeakMethod and KeyedRef ==========================================================

class WeakMethod(ref):
    """A weak reference to a bound method.

    A plain ref to a bound method dies at once (each attribute access makes a new
    method object); this one lives as long as both the object and the function do,
    and calling it binds them again."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            owner, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") \
                from None

        def one_part_died(_):
            # Whichever of the two goes first ends the WeakMethod; the user hears once.
            this = self_ref()
            if this is not None and this._alive:
                this._alive = False
                if callback is not None:
                    callback(this)

        self = ref.__new__(cls, owner, one_part_died)
        self._func_ref = ref(function, one_part_died)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        owner = _deref(self)
        function = self._func_ref()
        if owner is None or function is None:
            return None
        return self._meth_type(function, owner)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return _deref(self) == _deref(other) and self._func_ref == other._func_ref
        # Once dead, a WeakMethod only equals itself.
        return self is other

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that also remembers a key: WeakValueDictionary's callback uses it to
    find the entry to delete."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass

    def __call__(self):
        return _deref(self)


def _remove_dead_weakref(entries, key):
    """Delete entries[key] if its reference is dead (a new live value may have been
    stored under the key since the old one died)."""
    reference = entries.get(key)
    if reference is not None and reference() is None:
        del entries[key]


# === the weak dictionaries =============================================================

def _is_mapping(obj):
    """isinstance(obj, collections.abc.Mapping) without importing that module: until
    something imports it, no class can have become a Mapping through it."""
    abc = sys.modules.get('collections.abc')
    if abc is not None:
        return isinstance(obj, abc.Mapping)
    types = sys.modules.get('types')
    proxy_type = getattr(types, 'MappingProxyType', dict)
    return isinstance(obj, (dict, proxy_type, _WeakMapping))


class _WeakMapping:
    """What the weak dictionaries would inherit from collections.abc.MutableMapping
    (which `import weakref` avoids loading)."""

    __reversed__ = None
    __class_getitem__ = classmethod(_GenericAlias)

    def _start_tracking(self):
        self.data = {}
        self._pending_removals = []     # keys whose entries died mid-iteration
        self._iterating = set()         # the running _IterationGuards

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class _ValueDied:
    """Callback of the reference to one WeakValueDictionary value: drops the entry
    of its key, or queues the key while the dictionary is being iterated."""

    __slots__ = ('dict_ref', 'key')

    def __init__(self, dict_ref, key):
        self.dict_ref = dict_ref
        self.key = key

    def __call__(self, _dead):
        owner = self.dict_ref()
        if owner is None:
            return
        if owner._iterating:
            owner._pending_removals.append(self.key)
        else:
            _remove_dead_weakref(owner.data, self.key)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are weak: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._start_tracking()
        self._self_ref = ref(self)
        self.update(other, **kw)

    def _commit_removals(self):
        queue = self._pending_removals
        while queue:
            _remove_dead_weakref(self.data, queue.pop())

    def _settle(self):
        if self._pending_removals:
            self._commit_removals()

    def _entry(self, key, value):
        # Each entry's callback knows its key (and the dictionary only weakly).
        return KeyedRef(value, _ValueDied(self._self_ref, key), key)

    # --- lookups ---

    def __getitem__(self, key):
        self._settle()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        self._settle()
        reference = self.data.get(key)
        value = None if reference is None else reference()
        return default if value is None else value

    def __contains__(self, key):
        self._settle()
        try:
            reference = self.data[key]
        except KeyError:
            return False
        return reference() is not None

    def __len__(self):
        self._settle()
        return len(self.data)

    # --- iteration ---

    def items(self):
        self._settle()
        with _IterationGuard(self):
            for key, reference in self.data.items():
                value = reference()
                if value is not None:
                    yield key, value

    def keys(self):
        self._settle()
        with _IterationGuard(self):
            for key, reference in self.data.items():
                if reference() is not None:
                    yield key

    __iter__ = keys

    def values(self):
        self._settle()
        with _IterationGuard(self):
            for reference in self.data.values():
                value = reference()
                if value is not None:
                    yield value

    def itervaluerefs(self):
        """The KeyedRefs of the values, lazily (they may die while you look)."""
        self._settle()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the KeyedRefs of the values."""
        self._settle()
        return list(self.data.values())

    # --- changes ---

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = self._entry(key, value)

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def setdefault(self, key, default=None):
        try:
            current = self.data[key]()
        except KeyError:
            current = None
        if current is not None:
            return current
        self._settle()
        self.data[key] = self._entry(key, default)
        return default

    def pop(self, key, *default):
        self._settle()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        self._settle()
        while True:
            key, reference = self.data.popitem()
            value = reference()
            if value is not None:
                return key, value

    def update(self, other=None, /, **kwargs):
        self._settle()
        if other is not None:
            pairs = other.items() if hasattr(other, 'items') else dict(other).items()
            for key, value in pairs:
                self.data[key] = self._entry(key, value)
        for key, value in kwargs.items():
            self.data[key] = self._entry(key, value)

    # --- copies ---

    def _live_items(self):
        self._settle()
        with _IterationGuard(self):
            return [(key, value) for key, value in
                    ((k, r()) for k, r in self.data.items()) if value is not None]

    def copy(self):
        duplicate = WeakValueDictionary()
        for key, value in self._live_items():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        # Keys are copied; values stay the same objects (a copy would die at once).
        for key, value in self._live_items():
            duplicate[deepcopy(key, memo)] = value
        return duplicate


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are weak: an entry disappears when its key dies."""

    def __init__(self, dict=None):
        self._start_tracking()
        # Set by operations that may leave stale keys in the removal queue; __len__
        # then drops the stale ones before counting.
        self._dirty_len = False
        self._remove = self._make_key_callback(ref(self))
        if dict is not None:
            self.update(dict)

    @staticmethod
    def _make_key_callback(dict_ref):
        def key_died(dead):
            owner = dict_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead)
            else:
                owner.data.pop(dead, None)
        return key_died

    def _commit_removals(self):
        queue = self._pending_removals
        while queue:
            self.data.pop(queue.pop(), None)

    def _scrub_removals(self):
        self._pending_removals = [k for k in self._pending_removals if k in self.data]
        self._dirty_len = False

    def _entry_key(self, key):
        return ref(key, self._remove)

    # --- lookups ---

    def __getitem__(self, key):
        return self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    # --- iteration ---

    def items(self):
        with _IterationGuard(self):
            for reference, value in self.data.items():
                key = reference()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for reference in self.data:
                key = reference()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for reference, value in self.data.items():
                if reference() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    # --- changes ---

    def __setitem__(self, key, value):
        self.data[self._entry_key(key)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._entry_key(key), default)

    def pop(self, key, *default):
        self._dirty_len = True
        return self.data.pop(ref(key), *default)

    def popitem(self):
        self._dirty_len = True
        while True:
            reference, value = self.data.popitem()
            key = reference()
            if key is not None:
                return key, value

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, 'items') else type({})(dict).items()
            for key, value in pairs:
                self.data[self._entry_key(key)] = value
        if kwargs:
            self.update(kwargs)

    # --- copies ---

    def _live_items(self):
        with _IterationGuard(self):
            return [(key, value) for key, value in
                    ((r(), v) for r, v in self.data.items()) if key is not None]

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live_items():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        # The keys stay the same objects; the values are copied.
        for key, value in self._live_items():
            duplicate[key] = deepcopy(value, memo)
        return duplicate


def _register_with_abc():
    # The weak dictionaries count as MutableMappings; say so when collections.abc is
    # already loaded (importing it just for this would slow `import weakref`).
    abc = sys.modules.get('collections.abc')
    if abc is not None:
        abc.MutableMapping.register(WeakValueDictionary)
        abc.MutableMapping.register(WeakKeyDictionary)


_register_with_abc()
del _register_with_abc


# === finalize ===========================================================================

class finalize:
    """finalize(obj, func, /, *args, **kwargs) calls func(*args, **kwargs) once: when
    obj is garbage collected, when the finalizer is called, or at interpreter exit
    if obj is still alive then and the atexit attribute is true."""

    __slots__ = ()

    # finalizer -> _Registration, for every finalizer not yet run or detached.  The
    # registry keeps the finalizers alive: they are the callbacks of their refs.
    _registry = {}
    _shutdown = False
    _dirty = False      # a finalizer was registered since the exit list was built
    _registered_with_atexit = False
    _index_iter = itertools.count()

    class _Registration:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        entry = finalize._Registration()
        entry.weakref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.atexit = True
        entry.index = next(finalize._index_iter)
        finalize._registry[self] = entry
        finalize._dirty = True

    def _live_entry(self):
        """(entry, obj) while the object lives and the finalizer is pending."""
        entry = finalize._registry.get(self)
        obj = entry.weakref() if entry is not None else None
        return entry, obj

    def __call__(self, _=None):
        """Run the function now if that has not happened yet; return its result."""
        entry = finalize._registry.pop(self, None)
        if entry is not None and not finalize._shutdown:
            return entry.func(*entry.args, **(entry.kwargs or {}))

    def detach(self):
        """Cancel the finalizer: (obj, func, args, kwargs) if it was pending and obj
        lives, else None."""
        entry, obj = self._live_entry()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return obj, entry.func, entry.args, entry.kwargs or {}

    def peek(self):
        """(obj, func, args, kwargs) while pending and obj lives, else None."""
        entry, obj = self._live_entry()
        if obj is not None:
            return obj, entry.func, entry.args, entry.kwargs or {}

    @property
    def alive(self):
        """Whether the finalizer is still pending."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether a pending finalizer runs at exit."""
        entry = finalize._registry.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._registry.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        _, obj = self._live_entry()
        where = '%s object at %#x' % (type(self).__name__, id(self))
        if obj is None:
            return '<%s; dead>' % where
        return '<%s; for %r at %#x>' % (where, type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        """The finalizers to run at exit, oldest first."""
        chosen = [(entry.index, f) for f, entry in cls._registry.items() if entry.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Runs at exit: the newest pending finalizer first, picking up finalizers that
        # the running ones register.  The collector is paused so that it does not run
        # finalizers of its own meanwhile.
        import gc
        resume_gc = False
        try:
            if cls._registry:
                resume_gc = gc.isenabled()
                gc.disable()
                queue = None
                while True:
                    if queue is None or finalize._dirty:
                        queue = cls._select_for_exit()
                        finalize._dirty = False
                    if not queue:
                        break
                    finalizer = queue.pop()
                    try:
                        finalizer()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if resume_gc:
                gc.enable()
