# Python half of minipy's functools. mod.rs has already put the native
# `partial`, `_lru_cache_wrapper`, `reduce` and `cmp_to_key` in the namespace.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

from collections import namedtuple

# Attributes a wrapper copies from the function it wraps, and those it merges.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


# -- wrapping ------------------------------------------------------------------

def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Give wrapper the name, docstring and other metadata of wrapped."""
    missing = object()
    for name in assigned:
        value = getattr(wrapped, name, missing)
        if value is not missing:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Done after the __dict__ merge so a __wrapped__ found in wrapped's
    # __dict__ cannot override it.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) on the wrapper of f."""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


# -- total_ordering ------------------------------------------------------------
#
# From one comparison `r = a <op> b` the other three follow, sometimes with
# help from == / !=. Each rule below turns r into the derived answer.

def _rule_not(r, a, b):
    return not r


def _rule_not_and_ne(r, a, b):
    return not r and a != b


def _rule_not_or_eq(r, a, b):
    return not r or a == b


def _rule_or_eq(r, a, b):
    return r or a == b


def _rule_and_ne(r, a, b):
    return r and a != b


# How each rule reads, for the docstring of the method it produces.
_RULE_TEXT = {
    _rule_not: '(not a {op} b)',
    _rule_not_and_ne: '(not a {op} b) and (a != b)',
    _rule_not_or_eq: '(not a {op} b) or (a == b)',
    _rule_or_eq: '(a {op} b) or (a == b)',
    _rule_and_ne: '(a {op} b) and (a != b)',
}


def _derived_comparison(root, target, rule):
    """The method `target`, computed through the class's own `root`."""
    def compare(self, other):
        found = getattr(type(self), root)(self, other)
        if found is NotImplemented:
            return found
        return rule(found, self, other)
    compare.__name__ = target
    compare.__qualname__ = '_%s_from_%s' % (target.strip('_'), root.strip('_'))
    how = _RULE_TEXT[rule].format(op=_SYMBOL[root])
    compare.__doc__ = (f'Return a {_SYMBOL[target]} b.  '
                       f'Computed by @total_ordering from {how}.')
    return compare


_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

# For each root a class may define: the missing methods, in the order they
# are added, with the rule that derives each.
_DERIVATIONS = {}
for _root, _plan in (
        ('__lt__', (('__gt__', _rule_not_and_ne), ('__le__', _rule_or_eq),
                    ('__ge__', _rule_not))),
        ('__le__', (('__ge__', _rule_not_or_eq), ('__lt__', _rule_and_ne),
                    ('__gt__', _rule_not))),
        ('__gt__', (('__lt__', _rule_not_and_ne), ('__ge__', _rule_or_eq),
                    ('__le__', _rule_not))),
        ('__ge__', (('__le__', _rule_not_or_eq), ('__gt__', _rule_and_ne),
                    ('__lt__', _rule_not)))):
    _DERIVATIONS[_root] = [(target, _derived_comparison(_root, target, rule))
                           for target, rule in _plan]
del _root, _plan

# Which defined comparison to build on when a class has several.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator: from one of < <= > >= (plus ==) supply the others."""
    # Only comparisons the class (or a base other than object) defines count.
    defined = [name for name in _ROOT_PREFERENCE
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for target, method in _DERIVATIONS[defined[0]]:
        if target not in defined:
            method.__name__ = target
            setattr(cls, target, method)
    return cls


# -- caching -------------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _cached(user_function, maxsize, typed):
    """The native cache around user_function, dressed up as it."""
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator keeping the results of the last maxsize calls (all of them
    when maxsize is None); with typed, 1 and 1.0 are cached apart."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # used bare, as @lru_cache: the function came in as maxsize
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """An unbounded lru_cache: every result is kept."""
    return lru_cache(maxsize=None)(user_function)


_ABSENT = object()


class cached_property:
    """Like property, but the value is computed once per instance and then
    stored in the instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
            return
        if name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def _store_of(self, instance):
        """The instance's __dict__, where the computed value is kept."""
        try:
            return instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(
                f"No '__dict__' attribute on {kind!r} "
                f"instance to cache {self.attrname!r} property.") from None

    def __get__(self, instance, owner=None):
        if instance is None:
            # looked up on the class: hand back the descriptor itself
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        store = self._store_of(instance)
        value = store.get(name, _ABSENT)
        if value is not _ABSENT:
            return value
        value = self.func(instance)
        try:
            store[name] = value
        except TypeError:
            kind = type(instance).__name__
            raise TypeError(
                f"The '__dict__' attribute on {kind!r} instance "
                f"does not support item assignment for caching {self.attrname!r} property."
            ) from None
        return value


# -- singledispatch ------------------------------------------------------------
#
# A call goes to the implementation registered for the first class found in
# the argument class's MRO. That MRO is first widened with the registered
# ABCs the class implements without naming them as bases (by register() or
# __subclasshook__), each put where C3 would have put it as a real base.

def _linearize(chains):
    """C3 merge of the lists in chains (which it empties as it goes)."""
    order = []
    pending = [c for c in chains if c]
    while pending:
        # the first head that sits in no list's tail goes next
        head = next((c[0] for c in pending
                     if all(c[0] not in other[1:] for other in pending)), None)
        if head is None:
            raise RuntimeError("Inconsistent hierarchy")
        order.append(head)
        for c in pending:
            if c[0] is head:
                c.pop(0)
        pending = [c for c in pending if c]
    return order


def _last_abc_position(bases):
    """Index just past the last base that is an ABC (0 when none is)."""
    for pos in range(len(bases), 0, -1):
        if hasattr(bases[pos - 1], '__abstractmethods__'):
            return pos
    return 0


def _mro_with_abcs(cls, abcs=None):
    """cls's C3 order, with the ABCs of `abcs` that cls implements put in
    at the class where they first apply."""
    bases = cls.__bases__
    split = _last_abc_position(bases)
    pool = list(abcs) if abcs else []
    before, after = list(bases[:split]), list(bases[split:])
    # an ABC belongs at cls when cls has it but none of its bases does
    own = [abc for abc in pool
           if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in own:
        pool.remove(abc)
    chains = [[cls]]
    for group in (before, own, after):
        for base in group:
            chains.append(_mro_with_abcs(base, abcs=pool))
    chains += [before, own, after]
    return _linearize(chains)


def _is_generic_alias(typ):
    import types
    return isinstance(typ, types.GenericAlias)


def _abc_order(cls, candidates, known):
    """Order the candidate ABCs: where cls also implements some subclass of
    one, that subclass's MRO decides their relative order."""
    ordered = []
    wanted = set(candidates)
    for typ in candidates:
        lister = getattr(typ, '__subclasses__', None)
        subs = lister() if lister is not None else ()
        views = [[k for k in sub.__mro__ if k in wanted]
                 for sub in subs
                 if sub not in known and issubclass(cls, sub)]
        if not views:
            ordered.append(typ)
            continue
        # the subclass bringing the most candidates along is heeded first
        views.sort(key=len, reverse=True)
        for view in views:
            ordered.extend(k for k in view if k not in ordered)
    return ordered


def _compose_mro(cls, types):
    """cls's MRO, widened with the registered classes (types) it implements."""
    known = set(cls.__mro__)
    related = [t for t in types
               if t not in known and hasattr(t, '__mro__')
               and not _is_generic_alias(t) and issubclass(cls, t)]
    # a candidate that is a base of another candidate comes along with it
    related = [t for t in related
               if not any(t != other and t in other.__mro__ for other in related)]
    return _mro_with_abcs(cls, abcs=_abc_order(cls, related, known))


def _find_impl(cls, registry):
    """The implementation for cls: that of its first registered class."""
    own_mro = cls.__mro__
    best = None
    for typ in _compose_mro(cls, registry.keys()):
        if best is None:
            if typ in registry:
                best = typ
            continue
        # two implicit ABCs that are equally good: refuse to guess
        if (typ in registry and typ not in own_mro and best not in own_mro
                and not issubclass(best, typ)):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(best, typ))
        break
    return registry.get(best)


def _is_union_type(cls):
    import types
    if isinstance(cls, types.UnionType):
        return True
    from typing import Union, get_origin
    return get_origin(cls) is Union


def _union_members(cls):
    from typing import get_args
    return get_args(cls)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(
        isinstance(member, type) for member in _union_members(cls))


def _class_from_annotation(func):
    """(parameter name, class) from the annotation of func's first parameter."""
    from typing import get_type_hints
    argname, cls = next(iter(get_type_hints(func).items()))
    if _is_valid_dispatch_type(cls):
        return cls
    if _is_union_type(cls):
        raise TypeError(f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
    raise TypeError(f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class.")


class _Dispatcher:
    """The state behind one singledispatch function: its registry and a
    cache of classes already resolved."""

    def __init__(self, default):
        import weakref
        self.registry = {object: default}
        self.resolved = weakref.WeakKeyDictionary()
        # Taken from abc once an ABC is registered; registering a virtual
        # subclass anywhere changes it, and the cache must then be dropped.
        self.token = None

    def clear(self):
        self.resolved.clear()

    def _check_token(self):
        if self.token is None:
            return
        from abc import get_cache_token
        now = get_cache_token()
        if now != self.token:
            self.clear()
            self.token = now

    def lookup(self, cls):
        self._check_token()
        try:
            return self.resolved[cls]
        except KeyError:
            pass
        impl = self.registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, self.registry)
        self.resolved[cls] = impl
        return impl

    def add(self, cls, func):
        members = _union_members(cls) if _is_union_type(cls) else (cls,)
        for member in members:
            self.registry[member] = func
        if self.token is None and hasattr(cls, '__abstractmethods__'):
            from abc import get_cache_token
            self.token = get_cache_token()
        self.clear()


def singledispatch(func):
    """Turn func into a generic function choosing its implementation by the
    class of its first argument. func is the fallback; others are added
    with the .register() attribute."""
    import types
    state = _Dispatcher(func)

    def dispatch(cls):
        """The implementation this generic function uses for class cls."""
        return state.lookup(cls)

    def register(cls, func=None):
        """Register func for class cls. Usable as @register(cls), or as bare
        @register on a function whose first parameter is annotated."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(
                f"Invalid first argument to `register()`. "
                f"{cls!r} is not a class or union type.")
        else:
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            cls = _class_from_annotation(func)
        state.add(cls, func)
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if args:
            return state.lookup(args[0].__class__)(*args, **kw)
        raise TypeError(f'{funcname} requires at least 1 positional argument')

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(state.registry)
    wrapper._clear_cache = state.clear
    update_wrapper(wrapper, func)
    return wrapper


# -- method descriptors --------------------------------------------------------

def _bind(method, obj, cls):
    """method.__get__(obj, cls), done by hand for staticmethod and
    classmethod objects, which have no __get__ attribute in minipy."""
    if isinstance(method, staticmethod):
        return method.__func__
    if isinstance(method, classmethod):
        owner = type(obj) if cls is None else cls
        inner = method.__func__
        if hasattr(inner, '__get__'):
            return inner.__get__(owner, type(owner))
        import types
        return types.MethodType(inner, owner)
    return method.__get__(obj, cls)


def _descriptor_get(func, obj, cls):
    """func bound through its descriptor protocol, or func itself when it
    has none."""
    if isinstance(func, (staticmethod, classmethod)):
        return _bind(func, obj, cls)
    getter = getattr(func, '__get__', None)
    return func if getter is None else getter(obj, cls)


def _is_descriptor(func):
    return hasattr(func, '__get__') or isinstance(func, (staticmethod, classmethod))


def _abstract_flag(func):
    return getattr(func, '__isabstractmethod__', False)


class partialmethod:
    """partial() for methods: a descriptor that binds like the function it
    wraps, with some arguments already filled in."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or _is_descriptor(func)):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # nested partialmethods collapse into one, as partial's do
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        cls = self.__class__
        shown_args = ', '.join(repr(a) for a in self.args)
        shown_kw = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'{cls.__module__}.{cls.__qualname__}({self.func}, {shown_args}, {shown_kw})'

    def _make_unbound_method(self):
        # A plain callable has no binding of its own: the instance (or class)
        # is passed first, ahead of the stored arguments.
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        target = self.func
        bound = _descriptor_get(target, obj, cls)
        if bound is target:
            return self._make_unbound_method().__get__(obj, cls)
        result = partial(bound, *self.args, **self.keywords)
        receiver = getattr(bound, '__self__', _ABSENT)
        if receiver is not _ABSENT:
            try:
                result.__self__ = receiver
            except AttributeError:
                pass
        return result

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)

    __class_getitem__ = classmethod(type(list[int]))


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls), then binds the chosen implementation."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method for class cls (see singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            chosen = pick(args[0].__class__)
            return _bind(chosen, obj, cls)(*args, **kwargs)

        _method.register = self.register
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)
