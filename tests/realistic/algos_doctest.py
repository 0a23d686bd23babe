"""
Sorting and searching algorithms in the style of an algorithms collection.
Each function carries doctests; the module runs them when executed.

>>> bubble_sort([3, 1, 2])
[1, 2, 3]
"""
from __future__ import annotations

from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")


def bubble_sort(collection: list[Any]) -> list[Any]:
    """Pure implementation of bubble sort.

    >>> bubble_sort([0, 5, 2, 3, 2])
    [0, 2, 2, 3, 5]
    >>> bubble_sort([])
    []
    >>> bubble_sort([-2, -45, -5])
    [-45, -5, -2]
    >>> bubble_sort(["d", "a", "b", "e", "c"])
    ['a', 'b', 'c', 'd', 'e']
    >>> bubble_sort([1.1, 3.3, 5.5, 7.7, 2.2, 4.4, 6.6])
    [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7]
    """
    length = len(collection)
    for i in range(length - 1):
        swapped = False
        for j in range(length - 1 - i):
            if collection[j] > collection[j + 1]:
                swapped = True
                collection[j], collection[j + 1] = collection[j + 1], collection[j]
        if not swapped:
            break
    return collection


def merge_sort(collection: list) -> list:
    """
    >>> merge_sort([5, 4, 3, 2, 1, 0])
    [0, 1, 2, 3, 4, 5]
    >>> merge_sort([1, "a"])
    Traceback (most recent call last):
        ...
    TypeError: '<=' not supported between instances of 'str' and 'int'
    """

    def merge(left: list, right: list) -> list:
        result = []
        while left and right:
            result.append((right if right[0] <= left[0] and not left[0] <= right[0] else left).pop(0))
        return result + left + right

    if len(collection) <= 1:
        return collection
    mid = len(collection) // 2
    return merge(merge_sort(collection[:mid]), merge_sort(collection[mid:]))


def binary_search(sorted_collection: Sequence[int], item: int) -> int | None:
    """
    >>> binary_search([0, 5, 7, 10, 15], 0)
    0
    >>> binary_search([0, 5, 7, 10, 15], 15)
    4
    >>> binary_search([0, 5, 7, 10, 15], 6) is None
    True
    >>> binary_search([5, 2, 1], 2)
    Traceback (most recent call last):
    ...
    ValueError: sorted_collection must be sorted in ascending order
    """
    if list(sorted_collection) != sorted(sorted_collection):
        raise ValueError("sorted_collection must be sorted in ascending order")
    left, right = 0, len(sorted_collection) - 1
    while left <= right:
        midpoint = left + (right - left) // 2
        current_item = sorted_collection[midpoint]
        if current_item == item:
            return midpoint
        elif item < current_item:
            right = midpoint - 1
        else:
            left = midpoint + 1
    return None


def quick_select(items: list[T], k: int, key: Callable[[T], Any] = lambda x: x) -> T:
    """Return the k-th smallest element (0-based).

    >>> quick_select([2, 4, 5, 7, 899, 54, 32], 5)
    54
    >>> quick_select(["pear", "fig", "banana"], 0, key=len)
    'fig'
    >>> quick_select([1], 3)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    IndexError: k=3 out of range for 1 item...
    """
    if not 0 <= k < len(items):
        raise IndexError(f"k={k} out of range for {len(items)} item(s)")
    pivot = items[len(items) // 2]
    smaller = [x for x in items if key(x) < key(pivot)]
    equal = [x for x in items if key(x) == key(pivot)]
    if k < len(smaller):
        return quick_select(smaller, k, key)
    if k < len(smaller) + len(equal):
        return pivot
    larger = [x for x in items if key(x) > key(pivot)]
    return quick_select(larger, k - len(smaller) - len(equal), key)


def counting_sort(collection: list[int]) -> list[int]:
    """
    >>> counting_sort([0, 5, 3, 2, 2])
    [0, 2, 2, 3, 5]
    >>> counting_sort([-2, -5, -45])
    [-45, -5, -2]
    >>> counting_sort([])  # a deliberately wrong expectation
    None
    >>> print(*counting_sort([3, 1, 2]), sep=", ")
    1, 2, 3
    >>> counting_sort([1,
    ...                0])
    [0, 1]
    """
    if not collection:
        return []
    lo, hi = min(collection), max(collection)
    counts = [0] * (hi - lo + 1)
    for n in collection:
        counts[n - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


def describe(values):
    """
    >>> d = describe([3, 1, 2])
    >>> d  # doctest: +NORMALIZE_WHITESPACE
    {'min': 1,   'max': 3,
     'mean': 2.0}
    >>> sorted(d)
    ['max', 'mean', 'min']
    >>> describe([])
    Traceback (most recent call last):
      File "<doctest>", line 1, in <module>
    ZeroDivisionError: division by zero
    """
    return {"min": min(values, default=None), "max": max(values, default=None),
            "mean": sum(values) / len(values)}


if __name__ == "__main__":
    import doctest

    results = doctest.testmod(verbose=False)
    print(results)
    print(doctest.testmod(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False).attempted)
    print(f"{bubble_sort([5, 2, 9]) = }")
    print(f"{merge_sort(list('merge sort')) = }")
