"""Queues for passing items between producers and consumers: first in
first out (Queue), last in first out (LifoQueue), smallest first
(PriorityQueue) and an unbounded one without task counting (SimpleQueue).

get() on an empty queue and put() into a full one wait (for another
thread to put or get an item) unless block is false, at most timeout
seconds when one is given, then raise Empty or Full.  join() waits until
every item put has been reported done with task_done().  A negative
timeout is refused with ValueError as in CPython.
"""

import types
import threading
from collections import deque
from heapq import heappop, heappush
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """get() found no item to return."""
    # CPython defines it in its C helper module.
    __module__ = '_queue'


class Full(Exception):
    """put() found no free slot."""


def _refuse_negative(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first in, first out queue of at most maxsize items (unbounded
    when maxsize <= 0).  Subclasses choose the order by overriding
    _init, _qsize, _put and _get, through which all access goes."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the storage; the conditions wait on it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        # Items put but not yet reported finished by task_done().
        self.unfinished_tasks = 0

    # -- the storage, for subclasses to replace --

    def _init(self, maxsize):
        self.queue = deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

    # -- size --

    def qsize(self):
        """How many items are waiting."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether no item is waiting."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether a bounded queue has no free slot."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # -- adding and taking --

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot in a full bounded queue (not
        at all when block is false, at most timeout seconds otherwise);
        Full when none comes."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    end = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        left = end - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one in an empty
        queue (not at all when block is false, at most timeout seconds
        otherwise); Empty when none comes."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                end = _time() + timeout
                while not self._qsize():
                    left = end - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # -- task accounting --

    def task_done(self):
        """Record that the work on one item taken with get() is finished."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until every item put has been reported done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first (typically
    (priority, data) tuples), kept as a heap."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return heappop(self.queue)

    def _put(self, item):
        heappush(self.queue, item)


class LifoQueue(Queue):
    """A Queue that hands out the item put last first: a stack."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first in, first out queue without maxsize or task
    counting."""

    __module__ = '_queue'
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Add item; never waits, so block and timeout are not used."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        """put(item)."""
        self.put(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one (not at all
        when block is false, at most timeout seconds otherwise); Empty
        when none comes."""
        if block and timeout is not None:
            _check_c_timeout(timeout)
        with self._ready:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is None:
                while not self._items:
                    self._ready.wait()
            else:
                end = _time() + timeout
                while not self._items:
                    left = end - _time()
                    if left <= 0.0:
                        raise Empty
                    self._ready.wait(left)
            return self._items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """Whether no item is waiting."""
        return not self._items

    def qsize(self):
        """How many items are waiting."""
        return len(self._items)


def _check_c_timeout(timeout):
    """SimpleQueue's timeout check: CPython converts it as a C number of
    seconds, so a non-number is a TypeError before the sign is looked at."""
    if not isinstance(timeout, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(timeout).__name__)
    _refuse_negative(timeout)
