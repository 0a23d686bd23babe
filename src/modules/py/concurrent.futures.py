"""Running calls asynchronously: Future, Executor and a pool of worker
threads (ThreadPoolExecutor), with wait() and as_completed().
ProcessPoolExecutor is not provided (minipy cannot start processes)."""

import os
import queue
import threading
import time
import types
import weakref
from collections import namedtuple

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'InvalidStateError',
           'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
# Cancelled, and the waiters were told.
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}


class Error(Exception):
    """Base class for the module's exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot be used any more."""


class _Waiter:
    """Collects the futures that finish while wait() or as_completed()
    looks at them."""

    def __init__(self, wanted):
        # How many finished futures make the waiter wake up, or FIRST_EXCEPTION.
        self.wanted = wanted
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []

    def add(self, future, failed):
        with self.lock:
            self.finished.append(future)
            # FIRST_EXCEPTION wakes at every one: wait() looks again.
            if isinstance(self.wanted, str) or len(self.finished) >= self.wanted:
                self.event.set()

    def take(self):
        with self.lock:
            done = self.finished
            self.finished = []
            self.event.clear()
            return done


class Future:
    """The result of a call that runs elsewhere, available once it ends."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    __class_getitem__ = classmethod(types.GenericAlias)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                sys.stderr.write('exception calling callback for %r\n' % (self,))
                sys.excepthook(*sys.exc_info())

    def _tell_waiters(self, failed):
        for waiter in self._waiters:
            waiter.add(self, failed)

    def cancel(self):
        """Cancels the call unless it is running or done; True if it is
        (now) cancelled."""
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # The traceback refers to this frame: break the cycle.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (at once if it is)."""
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import sys
            sys.stderr.write('exception calling callback for %r\n' % (self,))
            sys.excepthook(*sys.exc_info())

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds for it;
        raises what the call raised, CancelledError or TimeoutError."""
        try:
            with self._condition:
                if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == _FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == _FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """What the call raised (None if it returned), waiting at most
        timeout seconds."""
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running (True), or, when it was
        cancelled, tells its waiters (False)."""
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                self._tell_waiters(False)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._finish('_result', result, False)

    def set_exception(self, exception):
        self._finish('_exception', exception, True)

    def _finish(self, field, value, failed):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            setattr(self, field, value)
            self._state = _FINISHED
            self._tell_waiters(failed)
            self._condition.notify_all()
        self._invoke_callbacks()


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _is_done(f):
    return f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)


def _failed(f):
    return f._state == _FINISHED and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures: until one finishes (FIRST_COMPLETED), one
    raises (FIRST_EXCEPTION) or all finish (ALL_COMPLETED), or timeout
    seconds pass; returns (done, not_done) sets."""
    fs = set(fs)
    with _locked(fs):
        done = {f for f in fs if _is_done(f)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED:
            waiter = _Waiter(1)
        elif return_when == FIRST_EXCEPTION:
            waiter = _Waiter(FIRST_EXCEPTION)
        else:
            waiter = _Waiter(len(not_done))
        for f in fs:
            f._waiters.append(waiter)
    if return_when == FIRST_EXCEPTION:
        # Wakes at the first exception or when all are done.
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if end is None else max(end - time.monotonic(), 0)
            if not waiter.event.wait(left):
                break
            with _locked(fs):
                if all(_is_done(f) for f in fs) or any(_failed(f) for f in fs):
                    break
                waiter.event.clear()
    else:
        waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


class _locked:
    """Holds the conditions of several futures at once."""

    def __init__(self, fs):
        self.fs = sorted(fs, key=id)

    def __enter__(self):
        for f in self.fs:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.fs:
            f._condition.release()


def as_completed(fs, timeout=None):
    """Yields the futures as they finish (those done already first);
    TimeoutError if some are unfinished after timeout seconds."""
    if timeout is not None:
        end = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _locked(fs):
        finished = [f for f in fs if _is_done(f)]
        pending = fs - set(finished)
        waiter = _Waiter(1)
        for f in fs:
            f._waiters.append(waiter)
    try:
        yield from finished
        while pending:
            if timeout is None:
                left = None
            else:
                left = end - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(left)
            for f in waiter.take():
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


class Executor:
    """Runs calls asynchronously; subclasses implement submit()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; the
        results come in order, each waited for at most until timeout
        seconds after map() was called."""
        if timeout is not None:
            end = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# Executors alive at interpreter exit are told to stop, so that their
# (non-daemon) workers end before the interpreter waits for them.
_work_queues = weakref.WeakKeyDictionary()
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_work_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_ref, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import sys
            sys.stderr.write('Exception in initializer:\n')
            sys.excepthook(*sys.exc_info())
            executor = executor_ref()
            if executor is not None:
                executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            executor = executor_ref()
            if executor is not None:
                executor._idle_semaphore.release()
            del executor
            continue
        executor = executor_ref()
        # Stop when the interpreter or the executor shuts down, or the
        # executor was collected; wake the other workers to stop too.
        if _shutdown or executor is None or executor._shutdown:
            if executor is not None:
                executor._shutdown = True
            work_queue.put(None)
            return
        del executor


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed."""


class ThreadPoolExecutor(Executor):
    """Runs calls in a pool of at most max_workers threads."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker takes the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return

        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(weakref.ref(self, weakref_cb),
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _work_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for item in self._take_queued_items():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _take_queued_items(self):
        """Takes every work item still queued (the None wake-ups left out)."""
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                yield item

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops accepting calls; with wait, returns once the calls
        submitted have run; cancel_futures cancels those not started."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._take_queued_items():
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
