"""A sparse 2-D grid built on dict.__missing__, documented and checked with doctest.

>>> g = SparseGrid(default=0)
>>> g[2, 3] = 5
>>> g[2, 3], g[0, 0]
(5, 0)
>>> len(g)
1
>>> g[0, 0] = 0
>>> len(g)
1
"""
import doctest
import pprint
import sys


class SparseGrid(dict):
    """Cells default to a fill value; storing the fill value removes the cell.

    >>> g = SparseGrid(default='.')
    >>> g.update({(0, 0): '#', (1, 2): '@'})
    >>> print(g.render())
    #..
    ..@
    >>> g.bounds()
    ((0, 0), (1, 2))
    >>> (5, 5) in g
    False
    """

    def __init__(self, cells=(), default=0):
        super().__init__()
        self.default = default
        self.update(dict(cells))

    def __missing__(self, key):
        if not (isinstance(key, tuple) and len(key) == 2):
            raise KeyError(key)
        return self.default

    def __setitem__(self, key, value):
        if value == self.default:
            self.pop(key, None)
        else:
            super().__setitem__(key, value)

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def bounds(self):
        """Smallest and largest (row, col) holding a value.

        >>> SparseGrid().bounds() is None
        True
        """
        if not self:
            return None
        rows = [r for r, _ in self]
        cols = [c for _, c in self]
        return (min(rows), min(cols)), (max(rows), max(cols))

    def render(self, fill=None):
        (r0, c0), (r1, c1) = self.bounds()
        fill = self.default if fill is None else fill
        return "\n".join("".join(str(self.get((r, c), fill)) for c in range(c0, c1 + 1))
                         for r in range(r0, r1 + 1))

    def neighbours(self, r, c):
        """Values around a cell, clockwise from north.

        >>> g = SparseGrid({(0, 1): 1, (1, 0): 2})
        >>> g.neighbours(1, 1)
        [1, 0, 0, 0, 0, 0, 2, 0]
        """
        steps = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]
        return [self[r + dr, c + dc] for dr, dc in steps]

    def step(self):
        """One generation of Life on the live cells (value 1).

        >>> blinker = SparseGrid({(1, 0): 1, (1, 1): 1, (1, 2): 1})
        >>> print(blinker.step().render(fill='.'))
        1
        1
        1
        >>> blinker.step().step() == blinker
        True
        """
        candidates = {(r + dr, c + dc) for r, c in self for dr in (-1, 0, 1) for dc in (-1, 0, 1)}
        nxt = SparseGrid(default=self.default)
        for r, c in candidates:
            alive = sum(self.neighbours(r, c))
            if alive == 3 or (alive == 2 and self[r, c]):
                nxt[r, c] = 1
        return nxt


def histogram(grid):
    """Count of each stored value.

    >>> histogram(SparseGrid({(0, 0): 'a', (0, 1): 'b', (5, 5): 'a'}))
    {'a': 2, 'b': 1}
    >>> histogram(SparseGrid())
    {}
    """
    counts = {}
    for value in grid.values():
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


def broken_example():
    """This docstring's example is wrong on purpose.

    >>> 1 + 1
    3
    >>> raise ValueError("shown as expected")
    Traceback (most recent call last):
        ...
    ValueError: shown as expected
    """


if __name__ == "__main__":
    result = doctest.testmod(verbose=False, report=True)
    print(result)
    glider = SparseGrid({(0, 1): 1, (1, 2): 1, (2, 0): 1, (2, 1): 1, (2, 2): 1})
    for gen in range(4):
        glider = glider.step()
    print(glider.render(fill="."))
    print(sorted(glider), glider.bounds())
    pprint.pprint({"cells": sorted(glider.items()), "bounds": glider.bounds(),
                   "hist": histogram(glider), "meta": {"gen": 4, "rule": "B3/S23", "wrap": False}}, width=50)
    try:
        glider["bad-key"]
    except KeyError as exc:
        print("KeyError:", exc)
    finder = doctest.DocTestFinder()
    tests = finder.find(sys.modules[__name__])
    print(sorted((t.name.split(".", 1)[-1], len(t.examples)) for t in tests if t.examples))
