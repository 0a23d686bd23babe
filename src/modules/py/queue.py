"""Queues for passing items between producers and consumers: first in
first out (Queue), last in first out (LifoQueue), smallest first
(PriorityQueue) and an unbounded one without task counting (SimpleQueue).

minipy runs one thread, so a call that would have to wait for another
thread can only fail: get() from an empty queue raises Empty and put()
into a full one raises Full at once, whatever the timeout (a timeout
could only expire).  join() returns when every task is done and raises
RuntimeError otherwise.  A negative timeout is refused with ValueError
as in CPython.
"""

import types
from collections import deque
from heapq import heappop, heappush

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
        return self._qsize()

    def empty(self):
        """Whether no item is waiting."""
        return self._qsize() == 0

    def full(self):
        """Whether a bounded queue has no free slot."""
        return 0 < self.maxsize <= self._qsize()

    # -- adding and taking --

    def put(self, item, block=True, timeout=None):
        """Add item.  A full bounded queue raises Full (no other thread
        could make room)."""
        if self.maxsize > 0:
            # As in CPython, the timeout is checked before the room.
            if block:
                _refuse_negative(timeout)
            if self._qsize() >= self.maxsize:
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item.  An empty queue raises Empty
        (no other thread could add one)."""
        if block:
            _refuse_negative(timeout)
        if self._qsize() == 0:
            raise Empty
        return self._get()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # -- task accounting --

    def task_done(self):
        """Record that the work on one item taken with get() is finished."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been reported done; with tasks
        left no other thread could finish them, so RuntimeError is raised."""
        if self.unfinished_tasks:
            raise RuntimeError(
                f"join() would wait forever: {self.unfinished_tasks} unfinished "
                f"task(s) and no other thread to complete them")


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

    def put(self, item, block=True, timeout=None):
        """Add item; never waits, so block and timeout are not used."""
        self._items.append(item)

    def put_nowait(self, item):
        """put(item)."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item; Empty when there is none."""
        if block and timeout is not None:
            _check_c_timeout(timeout)
        if not self._items:
            raise Empty
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
