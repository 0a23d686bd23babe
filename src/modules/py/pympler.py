"""Pympler's interface (asizeof, muppy, summary, tracker) over minipy's exact heap
figures: sizes are the bytes the heap handed out for each object (sys.getsizeof),
where Pympler estimates them from CPython's type layouts. See README, "Seeing memory".
"""

__version__ = '1.1'
__path__ = []
__all__ = ['asizeof', 'muppy', 'summary', 'tracker']
