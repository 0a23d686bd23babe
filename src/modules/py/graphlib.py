"""Topological sorting of graphs of hashable nodes (TopologicalSorter, CycleError).

Nodes come out in the same order as in CPython: ready nodes in the order they became
ready, the initial ones in the order they were first mentioned.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Values of _NodeInfo.npredecessors once a node has left the "waiting" state.
_NODE_OUT = -1    # returned by get_ready(), done() not called yet
_NODE_DONE = -2   # marked done()


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done (counted with repetition), or a _NODE_ state.
        self.npredecessors = 0
        # Nodes that list this one as predecessor (with repetition, in add order).
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare if cycles exist in the working graph.

    The second element of args is a list of nodes forming a cycle, whose first and
    last nodes are the same.
    """
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None   # a list once prepare() was called
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        # Checked after computing the ready nodes, so that the nodes outside any
        # cycle can still be processed once CycleError was caught.
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Return True if more progress can be made and False otherwise."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks a set of nodes returned by "get_ready" as processed."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out "
                                     f"(still not ready)")
                if state == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ_info = n2i[successor]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, from each node in insertion
        # order; meeting a node that is on the current path closes a cycle.
        n2i = self._node2info
        seen = set()
        for root in n2i:
            if root in seen:
                continue
            seen.add(root)
            path = [root]
            on_path = {root: 0}
            iters = [iter(n2i[root].successors)]
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    del on_path[path.pop()]
                    iters.pop()
                    continue
                if nxt in seen:
                    if nxt in on_path:
                        return path[on_path[nxt]:] + [nxt]
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(n2i[nxt].successors))
        return None

    def static_order(self):
        """Returns an iterable of nodes in a topological order.

        Using this method does not require to call "prepare" or "done". If any
        cycle is detected, CycleError is raised.
        """
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


# Marks an exhausted successor iterator (a node may be any object, even None).
_END = object()
