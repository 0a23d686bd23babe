"""Helpers for the with statement (PEP 343) and its async form.

  * contextmanager / asynccontextmanager build a context manager out of a
    generator that yields once;
  * closing, aclosing, suppress, nullcontext, chdir, redirect_stdout and
    redirect_stderr are small ready-made managers;
  * ExitStack / AsyncExitStack gather any number of managers and cleanup
    callbacks at run time and unwind them like nested with statements.
"""

import sys
from types import MethodType as _MethodType
from abc import ABC as _ABC, abstractmethod as _abstract
from functools import wraps

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
    "suppress", "aclosing", "chdir",
]

_GenericAlias = type(list[int])


def _defines(cls, *names):
    """True when each of `names` is defined along cls's MRO and its nearest
    definition is not None (None is how a class opts out); NotImplemented
    otherwise, which lets ABCMeta fall back on its ordinary checks."""
    for name in names:
        owner = next((k for k in cls.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


# --- the abstract managers --------------------------------------------------------

class AbstractContextManager(_ABC):
    """What a context manager is: a class with __enter__ and __exit__ (no need to
    inherit from this one)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Gives the manager itself to `as`."""
        return self

    @_abstract
    def __exit__(self, exc_type, exc_value, traceback):
        """Ends the block; a true result swallows the exception that ended it."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_ABC):
    """What an asynchronous context manager is: a class with __aenter__ and
    __aexit__ (no need to inherit from this one)."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        """Gives the manager itself to `as`."""
        return self

    @_abstract
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Ends the block; a true result swallows the exception that ended it."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines(C, "__aenter__", "__aexit__")
        return NotImplemented


# --- managers as decorators -------------------------------------------------------

class ContextDecorator(object):
    """Mixin for a context manager that may also decorate a function: every call
    of the function then runs inside the context."""

    def _recreate_cm(self):
        """The manager one call should use: self, unless the manager can only be
        entered once, in which case the subclass returns a fresh one."""
        return self

    def __call__(self, func):
        def run_in_context(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(run_in_context)


class AsyncContextDecorator(object):
    """ContextDecorator for asynchronous managers and coroutine functions."""

    def _recreate_cm(self):
        """The manager one call should use (see ContextDecorator)."""
        return self

    def __call__(self, func):
        async def run_in_context(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(run_in_context)


# --- managers made from generators ------------------------------------------------

class _GeneratorContextManagerBase:
    """The state of a manager made by (async)contextmanager: the generator, and
    what it was made from, to make another one when used as a decorator."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        # help() on the manager shows the generator function's documentation.
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = own_doc if own_doc is not None else type(self).__doc__

    def _recreate_cm(self):
        # A generator runs once, so each decorated call needs a new manager.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Once entered, the manager will never be recreated: let go of the
        # arguments (they may be large, or part of a reference cycle).
        del self.args, self.kwds, self.func


def _thrown_came_back(raised, thrown, stop_types):
    """Whether `raised`, which left the generator after `thrown` was thrown in, is
    in fact the thrown exception: itself, or (PEP 479) the RuntimeError that a
    StopIteration / StopAsyncIteration leaving a generator is turned into."""
    if raised is thrown:
        return True
    return (isinstance(raised, RuntimeError)
            and isinstance(thrown, stop_types)
            and raised.__cause__ is thrown)


# What a generator that ended instead of yielding gives (nothing else is this).
_NOTHING = object()


async def _anext_or_nothing(agen):
    try:
        return await agen.__anext__()
    except StopAsyncIteration:
        return _NOTHING


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """What calling a @contextmanager function returns."""

    def __enter__(self):
        self._forget_recipe()
        first = next(self.gen, _NOTHING)
        if first is _NOTHING:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            return self._finish_quietly()
        if value is None:
            # The with statement always passes an instance; a manual call of
            # __exit__ may pass only the class.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator handled the exception and returned: swallow it, unless
            # the StopIteration is the very one that was thrown in.
            return stop is not value
        except BaseException as raised:
            if not _thrown_came_back(raised, value, StopIteration):
                raise
            # Not swallowed: the with statement re-raises it, with the traceback
            # it had on entering __exit__.
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")

    def _finish_quietly(self):
        # The block ended normally: the generator must now run to its end.
        if next(self.gen, _NOTHING) is _NOTHING:
            return False
        raise RuntimeError("generator didn't stop")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """What calling an @asynccontextmanager function returns."""

    async def __aenter__(self):
        self._forget_recipe()
        first = await _anext_or_nothing(self.gen)
        if first is _NOTHING:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            return await self._finish_quietly()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if not _thrown_came_back(raised, value,
                                     (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")

    async def _finish_quietly(self):
        if await _anext_or_nothing(self.gen) is _NOTHING:
            return False
        raise RuntimeError("generator didn't stop")


def contextmanager(func):
    """Decorator: turns a generator function that yields once into a function
    returning a context manager.

    The code before the yield runs on entering the block and the yielded value is
    what `as` receives; the code after it runs on leaving. An exception from the
    block is raised inside the generator at the yield, where it may be handled
    (then it is swallowed) or left to propagate.
    """
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """Decorator: like contextmanager, for an async generator function; the
    result is used with `async with`."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


# --- small ready-made managers ----------------------------------------------------

class closing(AbstractContextManager):
    """Calls thing.close() when the block ends; `as` receives thing."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the `async with` block ends; `as` receives
    thing (typically an async generator)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing (with or async with); `as` receives
    enter_result. Handy where a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    # Nothing to undo on the way out, with or without an exception.
    def __exit__(self, *exc_info):
        return None

    async def __aexit__(self, *exc_info):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


class suppress(AbstractContextManager):
    """Swallows exceptions of the given types (subclasses included) raised in the
    block; the program goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        # issubclass with an empty tuple is False: suppress() swallows nothing.
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Points the sys attribute named by _stream at another file for the block."""

    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        # The files replaced, innermost last: the same manager may be entered
        # again while already active.
        self._replaced = []

    def __enter__(self):
        name = self._stream
        self._replaced.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        previous = self._replaced.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file for the block; `as` receives that file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file for the block; `as` receives that file."""

    _stream = "stderr"


class chdir(AbstractContextManager):
    """Makes path the working directory for the block. The working directory
    belongs to the whole process, so this is not safe with threads."""

    def __init__(self, path):
        self.path = path
        # Directories to go back to, innermost last (the manager is reentrant).
        self._return_to = []

    def __enter__(self):
        import os
        self._return_to.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        import os
        os.chdir(self._return_to.pop())


# --- exit stacks ------------------------------------------------------------------

def _describe(cls):
    return f"'{cls.__module__}.{cls.__qualname__}' object"


def _special_methods(manager, enter_name, exit_name, protocol):
    """The enter and exit methods of manager's class (looked up on the class, as
    the with statement does); TypeError when the class lacks either."""
    cls = type(manager)
    try:
        return getattr(cls, enter_name), getattr(cls, exit_name)
    except AttributeError:
        raise TypeError(f"{_describe(cls)} does not support the {protocol}"
                        ) from None


def _exit_method_caller(manager, exit_method):
    """manager's unbound exit method bound to it: a callback(exc_type, exc, tb) that
    adds no frame of its own to a traceback raised in the exit method."""
    return _MethodType(exit_method, manager)


def _plain_callback_caller(callback, args, kwds):
    """A callback(exc_type, exc, tb) calling callback(*args, **kwds) and never
    swallowing the exception."""
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


def _async_plain_callback_caller(callback, args, kwds):
    async def _exit_wrapper(exc_type, exc, tb):
        await callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


class _BaseExitStack:
    """The registering half of the exit stacks: a list of (is_sync, callback)
    entries, each callback taking the (type, value, traceback) of the exception
    leaving the block and returning true to swallow it."""

    def __init__(self):
        self._exit_callbacks = []

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def pop_all(self):
        """Moves every registered callback to a new stack of the same kind and
        returns it; this one is left empty."""
        successor = type(self)()
        successor._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return successor

    def push(self, exit):
        """Registers a manager's __exit__ (for an object whose class has one) or
        else exit itself, as a callback with __exit__'s signature. Returns exit,
        so that push can decorate a function."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_exit_method_caller(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enters cm, registers its exit and returns what its __enter__ gave."""
        enter, exit_method = _special_methods(
            cm, "__enter__", "__exit__", "context manager protocol")
        result = enter(cm)
        self._push_exit_callback(_exit_method_caller(cm, exit_method))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run at exit; it cannot swallow an
        exception. Returns callback, so that this can decorate a function."""
        self._push_exit_callback(_plain_callback_caller(callback, args, kwds))
        return callback


class _ChainRepair:
    """Exceptions raised by exit callbacks are chained by hand: each one's
    __context__ becomes the exception the callback was handling, as if the
    callbacks were nested with statements, rather than whatever exception was
    being handled around the stack itself."""

    def __init__(self):
        self.outer = sys.exc_info()[1]

    def attach(self, raised, handled):
        # Walk down the context chain of `raised`; if it already reaches
        # `handled` there is nothing to do. If it reaches the outer exception,
        # splice `handled` in just above it.
        link = raised
        while True:
            below = link.__context__
            if below is None or below is handled:
                return
            if below is self.outer:
                break
            link = below
        link.__context__ = handled


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs registered callbacks, last registered first,
    when its block ends, so that managers entered with enter_context() behave
    like nested with statements. Handy when their number is known only at run
    time."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        block_raised = exc_details[0] is not None
        chain = _ChainRepair()
        swallowed = False
        failed = False
        while self._exit_callbacks:
            _, callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    # The exception is gone: the next callbacks see a clean exit.
                    swallowed, failed = True, False
                    exc_details = (None, None, None)
            except BaseException:
                raised = sys.exc_info()
                chain.attach(raised[1], exc_details[1])
                failed = True
                exc_details = raised
        if failed:
            # Raised here, not in a helper, so that the traceback shows the frames a
            # nest of with statements would; raising would also reset __context__.
            context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = context
                raise
        return block_raised and swallowed

    def close(self):
        """Runs every registered callback now, as a clean exit of the block."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: besides plain callbacks and managers it takes
    asynchronous managers and coroutine callbacks, awaited in turn."""

    async def enter_async_context(self, cm):
        """Enters the asynchronous manager cm, registers its exit and returns what
        its __aenter__ gave."""
        enter, exit_method = _special_methods(
            cm, "__aenter__", "__aexit__",
            "asynchronous context manager protocol")
        result = await enter(cm)
        self._push_exit_callback(_exit_method_caller(cm, exit_method), False)
        return result

    def push_async_exit(self, exit):
        """push() for an asynchronous manager's __aexit__ or a coroutine function
        with its signature. Returns exit."""
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_exit_method_caller(exit, exit_method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers the coroutine function callback(*args, **kwds) to be awaited
        at exit; it cannot swallow an exception. Returns callback."""
        self._push_exit_callback(
            _async_plain_callback_caller(callback, args, kwds), False)
        return callback

    async def aclose(self):
        """Runs every registered callback now, as a clean exit of the block."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        block_raised = exc_details[0] is not None
        chain = _ChainRepair()
        swallowed = False
        failed = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                outcome = callback(*exc_details)
                if not is_sync:
                    outcome = await outcome
                if outcome:
                    swallowed, failed = True, False
                    exc_details = (None, None, None)
            except BaseException:
                raised = sys.exc_info()
                chain.attach(raised[1], exc_details[1])
                failed = True
                exc_details = raised
        if failed:
            # Raised here, not in a helper, so that the traceback shows the frames a
            # nest of with statements would; raising would also reset __context__.
            context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = context
                raise
        return block_raised and swallowed
