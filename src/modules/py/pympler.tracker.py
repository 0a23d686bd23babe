"""pympler.tracker: what changed in the heap between two points of a program."""

from pympler import muppy, summary

__all__ = ['SummaryTracker']


class SummaryTracker(object):
    """Summaries of all live objects taken at each call; diff() and print_diff() show
    what appeared or went since the previous one. With ignore_self (the default) the
    tracker's own summaries are left out of what it reports."""

    def __init__(self, ignore_self=True):
        self.ignore_self = ignore_self
        self.summaries = {}
        self.s0 = self.create_summary()

    def _own_containers(self):
        """The ids of the containers the tracker holds (its summaries and their rows):
        they and what only they refer to are left out of its summaries."""
        own = {id(self.__dict__), id(self.summaries)}
        stack = list(self.summaries.values())
        if hasattr(self, 's0'):
            stack.append(self.s0)
        while stack:
            o = stack.pop()
            if isinstance(o, (list, tuple)) and id(o) not in own:
                own.add(id(o))
                stack.extend(o)
        return own

    def create_summary(self):
        """A summary of every live object now."""
        if not self.ignore_self:
            return summary.summarize(muppy.get_objects())
        own = self._own_containers()
        own.add(id(own))
        objects = muppy._objects_except(own)
        # The rows' own numbers and names (referents of skipped rows) are not listed,
        # unless something else refers to them too.
        return summary.summarize([o for o in objects if o is not self])

    def diff(self, summary1=None, summary2=None):
        """The difference between two summaries; by default between the previous one
        and now (and now becomes the previous one)."""
        if summary2 is None:
            self.s1 = self.create_summary()
            if summary1 is None:
                res = summary.get_diff(self.s0, self.s1)
            else:
                res = summary.get_diff(summary1, self.s1)
            self.s0 = self.s1
        elif summary1 is not None:
            res = summary.get_diff(summary1, summary2)
        else:
            raise ValueError('You cannot provide summary2 without summary1.')
        return summary._sweep(res)

    def print_diff(self, summary1=None, summary2=None):
        """Prints diff() as a summary table."""
        summary.print_(self.diff(summary1=summary1, summary2=summary2))

    def format_diff(self, summary1=None, summary2=None):
        return summary.format_(self.diff(summary1=summary1, summary2=summary2))

    def store_summary(self, key):
        self.summaries[key] = self.create_summary()
