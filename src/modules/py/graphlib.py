"""Topological ordering of a graph of hashable nodes.

TopologicalSorter hands nodes out as their predecessors finish.  The order
matches CPython's: the first batch lists nodes in the order they were first
mentioned, later ones in the order they became ready.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]


class CycleError(ValueError):
    """prepare() found a cycle; args[1] lists it, first node repeated last."""


# A node's state while it waits is the number of its unfinished
# predecessors (>= 0); these two negative values mark the later stages.
_HANDED_OUT = -1
_FINISHED = -2

_EXHAUSTED = object()      # sentinel for next(): a node may be None


class _Vertex:
    """What the sorter knows about one node."""
    __slots__ = ("node", "state", "followers")

    def __init__(self, node):
        self.node = node
        self.state = 0          # count of edges from unfinished predecessors
        self.followers = []     # one entry per edge, in the order added


class TopologicalSorter:
    """Sorts a graph whose nodes are hashable, in one go or step by step."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._waiting_room = None    # list of ready nodes once prepared
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = _Vertex(node)
            self._vertices[node] = vertex
        return vertex

    def _require_prepared(self):
        if self._waiting_room is None:
            raise ValueError("prepare() must be called first")

    def add(self, node, *predecessors):
        """Record node, and an edge to it from each predecessor."""
        if self._waiting_room is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        target = self._vertex(node)
        target.state += len(predecessors)
        for before in predecessors:
            self._vertex(before).followers.append(node)

    def prepare(self):
        """Freeze the graph; raise CycleError if it has a cycle."""
        if self._waiting_room is not None:
            raise ValueError("cannot prepare() more than once")
        self._waiting_room = [v.node for v in self._vertices.values()
                              if v.state == 0]
        # The ready list is set up before the cycle check so that a caller
        # who catches CycleError can still process the acyclic part.
        loop = self._search_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done."""
        self._require_prepared()
        batch = tuple(self._waiting_room)
        self._waiting_room.clear()
        for node in batch:
            self._vertices[node].state = _HANDED_OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready or handed out but not yet done."""
        self._require_prepared()
        return bool(self._waiting_room) or self._finished < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes from get_ready() as finished, freeing their followers."""
        self._require_prepared()
        for node in nodes:
            vertex = self._checked_handed_out(node)
            vertex.state = _FINISHED
            self._finished += 1
            for follower in vertex.followers:
                after = self._vertices[follower]
                after.state -= 1
                if after.state == 0:
                    self._waiting_room.append(follower)

    def _checked_handed_out(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            raise ValueError(f"node {node!r} was not added using add()")
        if vertex.state == _FINISHED:
            raise ValueError(f"node {node!r} was already marked done")
        if vertex.state != _HANDED_OUT:
            raise ValueError(f"node {node!r} was not passed out (still not ready)")
        return vertex

    def _search_cycle(self):
        """First cycle met by a depth-first walk along edges, or None.

        Roots are tried in insertion order and each node's edges in the
        order they were added, so the cycle reported is CPython's.
        """
        visited = set()
        for root in self._vertices:
            if root in visited:
                continue
            visited.add(root)
            trail = [root]                       # the current path
            depth_of = {root: 0}                 # node -> index in trail
            pending = [iter(self._vertices[root].followers)]
            while pending:
                step = next(pending[-1], _EXHAUSTED)
                if step is _EXHAUSTED:
                    pending.pop()
                    del depth_of[trail.pop()]
                elif step in depth_of:
                    return trail[depth_of[step]:] + [step]
                elif step not in visited:
                    visited.add(step)
                    depth_of[step] = len(trail)
                    trail.append(step)
                    pending.append(iter(self._vertices[step].followers))
        return None

    def static_order(self):
        """Yield every node in a topological order (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
