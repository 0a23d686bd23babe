"""A multi-producer, multi-consumer queue (FIFO, LIFO and priority variants).

This interpreter runs a single thread, so nothing else can ever fill an empty queue,
drain a full one or finish a task while a call waits:

- a get() that would have to wait for an item raises Empty at once, whatever the
  timeout (none means "forever", which can never end; a timeout would just expire);
- likewise a put() into a full bounded queue raises Full at once;
- join() returns when no task is unfinished and otherwise raises RuntimeError (it
  could only wait forever).

A negative timeout is still refused with ValueError, as in CPython.
"""

from collections import deque
from heapq import heappush, heappop

_GenericAlias = type(list[int])

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''A first in, first out queue holding at most maxsize items (no limit if
    maxsize <= 0).'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # Items put and not yet marked done with task_done().
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Each get() used to fetch a task is followed by a call to task_done() once
        the work on it is finished; join() waits for all of them. Raises ValueError
        if called more times than there were items placed in the queue.
        '''
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.

        With a single thread nothing can complete the remaining tasks: returns at
        once when there are none, and raises RuntimeError otherwise.
        '''
        if self.unfinished_tasks:
            raise RuntimeError(
                f"join() would wait forever: {self.unfinished_tasks} unfinished "
                f"task(s) and no other thread to complete them")

    def qsize(self):
        '''The number of items in the queue.'''
        return self._qsize()

    def empty(self):
        '''True if the queue holds no item.'''
        return not self._qsize()

    def full(self):
        '''True if the queue is bounded and holds maxsize items.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        If the queue is bounded and full, raises Full (waiting could not help:
        no other thread can take an item out). A negative timeout is a ValueError.
        '''
        if self.maxsize > 0:
            if block:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If the queue is empty, raises Empty (waiting could not help: no other
        thread can put an item in). A negative timeout is a ValueError.
        '''
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            raise Empty
        return self._get()

    def put_nowait(self, item):
        '''put(item, block=False): raises Full if there is no free slot.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False): raises Empty if there is no item.'''
        return self.get(block=False)

    # The storage, overridden by the subclasses (and by user subclasses): the
    # methods above only go through these four.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    '''A Queue whose get() returns the smallest entry first (entries are usually
    (priority, data) tuples).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue whose get() returns the most recently put entry first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''An unbounded first in, first out queue, without task tracking.'''

    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Adds item at the end (never blocks: block and timeout are accepted for
        compatibility with Queue and ignored).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If the queue is empty, raises Empty (no other thread could put an item
        in). A negative timeout is a ValueError.
        '''
        if block:
            _check_timeout(timeout)
        if not self._queue:
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''The same as put(item).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''get(block=False): raises Empty if there is no item.'''
        return self.get(False)

    def empty(self):
        '''True if the queue holds no item.'''
        return len(self._queue) == 0

    def qsize(self):
        '''The number of items in the queue.'''
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)
