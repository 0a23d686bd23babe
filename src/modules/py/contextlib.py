"""Utilities for with-statement contexts.  See PEP 343.

contextmanager turns a generator function into a context manager factory; suppress,
closing, nullcontext, redirect_stdout/redirect_stderr are small ready-made managers;
ExitStack combines any number of them (and plain callbacks) dynamically.
"""

import sys
from abc import ABC, abstractmethod
from collections import deque
from functools import wraps

_GenericAlias = type(list[int])

__all__ = ["contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]


def _check_methods(C, *methods):
    # Each method must be defined somewhere in C's MRO, and not set to None there.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """An abstract base class for context managers."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Returns self."""
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Called at the end of the block; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class _Awaiting:
    # An awaitable whose result is a given value (this interpreter has no
    # `async def` to write __aenter__ with).
    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = value

    def __await__(self):
        return self._value
        yield


class AbstractAsyncContextManager(ABC):
    """An abstract base class for asynchronous context managers."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __aenter__(self):
        """Returns (an awaitable giving) self."""
        return _Awaiting(self)

    @abstractmethod
    def __aexit__(self, exc_type, exc_value, traceback):
        """Called at the end of the block; an awaitable whose true result suppresses
        the exception."""
        return _Awaiting(None)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """Base class or mixin making a context manager usable as a function decorator
    (each call of the function runs inside the context)."""

    def _recreate_cm(self):
        """The manager to use for one call of the decorated function (self; a
        one-shot manager returns a fresh copy)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the managers made by @contextmanager share."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The function's docstring describes the manager better than ours.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Used as a decorator, each call needs a fresh generator: a new manager.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """The context managers that @contextmanager functions return."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager for the decorator
        # use; once entered, drop them.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            # A with statement always passes an instance; other callers may not.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it, unless
            # what ended the generator is the StopIteration we threw in.
            return exc is not value
        except RuntimeError as exc:
            # The exception came back out unchanged: not suppressed, the with
            # statement re-raises it.
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in that left the generator becomes a
            # RuntimeError (PEP 479); that is the thrown exception coming back too.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # Anything but the thrown exception propagates (with the thrown one as
            # its context); the thrown one is left to the with statement.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator making a context manager factory of a generator function.

    The generator yields exactly once: the code before the yield is the __enter__
    part (the value yielded is what `as` binds), the code after it the __exit__
    part. An exception raised in the with block is thrown into the generator at
    the yield; the generator may catch it (suppressing it) or let it propagate.

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() at the end of the block; `as` binds
    thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager temporarily setting sys.stdout to another file object
    (the one `as` binds)."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager temporarily setting sys.stderr to another file object."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager swallowing the given exception types (and their subclasses)
    raised in its block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Returning True makes the with statement swallow the exception; an empty
        # tuple of exception types suppresses nothing.
        return exctype is not None and issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """The callback registration part of ExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        return _exit_wrapper

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves the registered callbacks to a new stack (returned), emptying this one."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callback (called with the exception details;
        a true result suppresses the exception), or the __exit__ method of an object
        that has one. Returns its argument."""
        # The __exit__ is looked up on the type, as the with statement does; an
        # object without one is taken to be the callback itself.
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit  # so that it can be used as a decorator

    def enter_context(self, cm):
        """Enters the context manager cm, registers its __exit__ and returns what
        __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to be called on exit (it cannot
        suppress exceptions). Returns callback."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Lets the callback be found again (e.g. to unregister it) by inspection.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback  # so that it can be used as a decorator

    def _push_cm_exit(self, cm, cm_exit):
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager holding a stack of exit callbacks, run last in, first out
    when the with block ends, as if the managers entered with enter_context() were
    nested with statements."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None

        # The exception being handled around the with statement, if any: the
        # context chain of a callback's exception stops there.
        frame_exc = sys.exc_info()[1]

        def _fix_exception_context(new_exc, old_exc):
            # Make old_exc (the exception the callbacks were called with) the
            # context of new_exc's chain, in place of the handled exception.
            while 1:
                exc_context = new_exc.__context__
                if exc_context is None or exc_context is old_exc:
                    return
                if exc_context is frame_exc:
                    break
                new_exc = exc_context
            new_exc.__context__ = old_exc

        # The callbacks run last in, first out; each sees the exception left by
        # the ones before (or none when one of them suppressed it).
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1])
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                # Raising sets __context__ to the exception being handled here;
                # keep the chain built above instead.
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Runs and drops the registered callbacks now."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):
    """Context manager doing nothing; `as` binds enter_result. A stand-in where a
    context manager is only sometimes needed."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


def _define_chdir():
    import os
    if not hasattr(os, "chdir"):
        return None

    class chdir(AbstractContextManager):
        """Context manager changing the current working directory for its block (not
            thread-safe: the directory is process-wide)."""

        def __init__(self, path):
            self.path = path
            self._old_cwd = []

        def __enter__(self):
            self._old_cwd.append(os.getcwd())
            os.chdir(self.path)

        def __exit__(self, *excinfo):
            os.chdir(self._old_cwd.pop())

    chdir.__qualname__ = "chdir"
    return chdir


chdir = _define_chdir()
if chdir is None:
    del chdir
else:
    __all__.append("chdir")
del _define_chdir
