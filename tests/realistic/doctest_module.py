"""Utility functions with doctests.

>>> slugify("Hello, World!")
'hello-world'
"""
import doctest
import sys


def slugify(text):
    """Turn text into a URL slug.

    >>> slugify("  Multiple   spaces here ")
    'multiple-spaces-here'
    >>> slugify("Ünïcode stays")
    'ünïcode-stays'
    >>> slugify("")
    ''
    """
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def chunks(seq, n):
    """Split seq into lists of length n.

    >>> chunks([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> chunks("abc", 5)
    [['a', 'b', 'c']]
    >>> chunks([], 3)
    []
    >>> chunks([1], 0)
    Traceback (most recent call last):
        ...
    ValueError: n must be positive
    """
    if n <= 0:
        raise ValueError("n must be positive")
    seq = list(seq)
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def roman(n):
    """Convert an integer to a Roman numeral.

    >>> [roman(i) for i in (1, 4, 9, 14, 40, 90, 400, 1994, 2024)]
    ['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV', 'MMXXIV']
    >>> roman(3999)
    'MMMCMXCIX'
    """
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
             (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
             (5, "V"), (4, "IV"), (1, "I")]
    res = []
    for value, sym in table:
        count, n = divmod(n, value)
        res.append(sym * count)
    return "".join(res)


def parse_kv(s):
    """Parse 'a=1;b=2' into a dict.

    >>> d = parse_kv("x=1; y = two ;z=")
    >>> sorted(d.items())
    [('x', '1'), ('y', 'two'), ('z', '')]
    >>> parse_kv("novalue")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: bad pair ...
    """
    result = {}
    for part in s.split(";"):
        if "=" not in part:
            raise ValueError(f"bad pair {part!r} in {s!r}")
        k, v = part.split("=", 1)
        result[k.strip()] = v.strip()
    return result


class Stack:
    """A simple stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> len(s)
    2
    >>> s.pop()
    2
    >>> s
    Stack([1])
    >>> print(s.peek())
    1
    """

    def __init__(self):
        self._data = []

    def push(self, x):
        self._data.append(x)

    def pop(self):
        return self._data.pop()

    def peek(self):
        return self._data[-1]

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Stack({self._data!r})"


def mean(xs):
    """
    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([0.1] * 3)   # doctest: +ELLIPSIS
    0.1000...
    >>> for x in range(3):
    ...     print(x, end=" ")
    0 1 2 
    """
    return sum(xs) / len(xs)


if __name__ == "__main__":
    result = doctest.testmod(verbose=False)
    print("quiet run:", result)
    print("attempted =", result.attempted, "failed =", result.failed)
    result = doctest.testmod(verbose=True)
    print("verbose run:", tuple(result))
