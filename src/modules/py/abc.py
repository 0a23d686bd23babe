"""Abstract Base Classes (ABCs) according to PEP 3119.

ABCMeta is the metaclass of abstract base classes: it records the abstract methods of a
class in `__abstractmethods__` (object.__new__ refuses to instantiate a class whose set
is not empty), lets unrelated classes be registered as "virtual subclasses", and answers
isinstance()/issubclass() through the registry, `__subclasshook__` and a cache.
"""

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass derives from ABCMeta cannot be instantiated unless all of
    its abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


try:
    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods (deprecated, use
        'classmethod' with 'abstractmethod' instead)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods (deprecated, use
        'staticmethod' with 'abstractmethod' instead)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)
except TypeError:
    # classmethod/staticmethod cannot be subclassed here: the decorators build the
    # plain descriptor, which reports itself abstract through its function.
    class abstractclassmethod:
        """A decorator indicating abstract classmethods (deprecated, use
        'classmethod' with 'abstractmethod' instead)."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            callable.__isabstractmethod__ = True
            return classmethod(callable)

    class abstractstaticmethod:
        """A decorator indicating abstract staticmethods (deprecated, use
        'staticmethod' with 'abstractmethod' instead)."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            callable.__isabstractmethod__ = True
            return staticmethod(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated, use 'property' with
    'abstractmethod' instead)."""

    __isabstractmethod__ = True


def _isabstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


# CPython's property forwards __isabstractmethod__ to its accessors; do it here when
# the property type does not.
if not hasattr(property(abstractmethod(lambda self: None)), "__isabstractmethod__"):
    _plain_isabstract = _isabstract

    def _isabstract(value):
        if isinstance(value, property) and not isinstance(value, abstractproperty):
            for f in (value.fget, value.fset, value.fdel):
                if _plain_isabstract(f):
                    return True
            return False
        return _plain_isabstract(value)


# Bumped by every register(): negative cache entries older than it are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the current
    version of the ABC cache for virtual subclasses; it changes with every call to
    register() on any ABC.
    """
    return _abc_invalidation_counter


class _WeakClassSet:
    # A set of classes held through weak references (a dead class drops out).
    __slots__ = ("data",)

    def __init__(self):
        self.data = set()

    def add(self, cls):
        self.data.add(_ref(cls, self.data.discard))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self.data
        except TypeError:
            return False

    def __iter__(self):
        for r in list(self.data):
            cls = r()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self.data)

    def clear(self):
        self.data.clear()


class _abc_data:
    # The per-class state of an ABC (CPython keeps it in `_abc_impl` too).
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version",
                 "subclasses")

    def __init__(self):
        self.registry = _WeakClassSet()
        self.cache = _WeakClassSet()
        self.negative_cache = _WeakClassSet()
        self.negative_cache_version = _abc_invalidation_counter
        # Direct subclasses, standing in for type.__subclasses__().
        self.subclasses = _WeakClassSet()


def _direct_subclasses(cls):
    try:
        return cls.__subclasses__()
    except AttributeError:
        impl = cls.__dict__.get("_abc_impl")
        return list(impl.subclasses) if impl is not None else []


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if _isabstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC. An ABC can be subclassed directly, and then
    acts as a mix-in class. You can also register unrelated concrete classes (even
    built-in classes) and unrelated ABCs as 'virtual subclasses' -- these and their
    descendants will be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in their MRO (Method
    Resolution Order) nor will method implementations defined by the registering ABC
    be callable (not even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _abc_data()
        for base in bases:
            impl = base.__dict__.get("_abc_impl")
            if isinstance(impl, _abc_data):
                impl.subclasses.add(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        # Only now look for a cycle, so that X.register(X) stays a harmless no-op.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        # Every negative cache may now be wrong.
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        # A register() since the negative cache was filled makes it stale.
        if impl.negative_cache_version < _abc_invalidation_counter:
            impl.negative_cache.clear()
            impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        # The class's own hook has the first say.
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, "
                                     "True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        # Then real inheritance, the virtual subclasses, and the subclasses'
        # virtual subclasses (recursively through issubclass).
        if cls in getattr(subclass, "__mro__", ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in _direct_subclasses(cls):
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the class was
    created, the method will not be considered implemented until this function is
    called. Alternatively, if a new abstract method has been added to the class, it
    will only be considered an abstract method of the class after this function is
    called.

    This function should be called before any use is made of the class, usually in
    class decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    # Inherited abstract names that are still not implemented...
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    # ...and abstract methods defined by the class itself.
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()
