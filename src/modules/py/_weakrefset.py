"""WeakSet: a mutable set that holds its members through weak references, so that a
member disappears from the set as soon as nothing else keeps it alive."""

from _weakref import ref

__all__ = ['WeakSet']

GenericAlias = type(list[int])


class _IterationGuard:
    """Context manager marking a weak container as being iterated.

    A member that dies while an iteration runs is only queued for removal (the
    underlying set must not change under the iterator); the queue is applied when the
    last running iteration finishes."""

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, *exc_info):
        container = self.weakcontainer()
        if container is None:
            return
        running = container._iterating
        running.discard(self)
        if not running:
            container._commit_removals()


def _death_callback(set_ref):
    """The callback given to the reference of every member: it drops the dead
    reference from the set, or queues it while the set is being iterated.  It knows
    the set only weakly, so members never keep their set alive."""

    def on_member_death(dead):
        owner = set_ref()
        if owner is None:
            return
        if owner._iterating:
            owner._pending_removals.append(dead)
        else:
            owner.data.discard(dead)

    return on_member_death


class WeakSet:
    """Set of weakly referenced objects (they must support weak references)."""

    def __init__(self, data=None):
        self.data = set()               # weak references to the members
        self._pending_removals = []     # dead references seen during iteration
        self._iterating = set()         # the running _IterationGuards
        self._remove = _death_callback(ref(self))
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        """Drop the references queued while iterations were running."""
        queue = self._pending_removals
        while queue:
            self.data.discard(queue.pop())

    def _settle(self):
        # Every mutating operation first brings the set up to date.
        if self._pending_removals:
            self._commit_removals()

    def _strong(self, item):
        # A reference that removes itself from this set when item dies.
        return ref(item, self._remove)

    # --- reading ----------------------------------------------------------------------

    def __iter__(self):
        with _IterationGuard(self):
            # The live set is walked, as for a plain set: changing it meanwhile is
            # an error ("Set changed size during iteration").
            for member_ref in self.data:
                member = member_ref()
                if member is not None:
                    yield member

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            # Objects that cannot be weakly referenced are never members.
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    __class_getitem__ = classmethod(GenericAlias)

    # --- changing the members -----------------------------------------------------------

    def add(self, item):
        self._settle()
        self.data.add(self._strong(item))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._settle()
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(map(ref, other))
        return self

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(map(ref, other))
        return self

    def __ixor__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(map(self._strong, other))
        return self

    def difference_update(self, other):
        self -= other

    def intersection_update(self, other):
        self &= other

    def symmetric_difference_update(self, other):
        self ^= other

    # --- new sets -------------------------------------------------------------------------

    def union(self, other):
        return type(self)([*self, *other])

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # --- comparisons ------------------------------------------------------------------------

    def issubset(self, other):
        return self.data.issubset(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(map(ref, other))

    def isdisjoint(self, other):
        return not self.intersection(other)

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None


def _register_with_abc():
    # collections.abc counts WeakSet as a MutableSet; when that module is already
    # loaded, say so here (importing it just for this would slow `import weakref`).
    import sys
    abc = sys.modules.get('collections.abc')
    if abc is not None:
        abc.MutableSet.register(WeakSet)


_register_with_abc()
del _register_with_abc
