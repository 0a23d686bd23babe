"""A generally useful event scheduler class.

A scheduler runs events (callables with arguments) at given times, earliest
first and by priority (lower first) among events due at the same time; time
and delay are measured by the timefunc and delayfunc given to it. minipy has
no threads, so run() is never interrupted by another thread's enter()."""

import heapq
import itertools
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
# Marks a kwargs argument that was not given.
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions."""
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute time; returns
        the event, which cancel() accepts."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator),
                      action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        return not self._queue

    def run(self, blocking=True):
        """Run events as they become due, sleeping with delayfunc until the
        next one, until the queue is empty. Without blocking, run the
        events already due and return the time until the next one (None
        when none is left). delayfunc(0) is called after each event."""
        queue = self._queue
        while queue:
            when, priority, sequence, action, argument, kwargs = queue[0]
            now = self.timefunc()
            if when > now:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
                continue
            heapq.heappop(queue)
            action(*argument, **kwargs)
            self.delayfunc(0)
        return None

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
