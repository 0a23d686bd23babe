"""Docstring first."""
from __future__ import annotations, division
from __future__ import (generator_stop as gs)
print(annotations, gs)
def f(x: list[int]) -> None: pass
print(f.__annotations__)
