"""
>>> 2 * 21
42
"""
import doctest


def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> ignored = square(2)
    """
    return x * x


class Shape:
    """Nothing to test here."""

    def area(self):
        """
        >>> Shape().area()
        0
        """
        return 0


def undocumented():
    pass


doctest.testmod(verbose=True)
print('---')
doctest.run_docstring_examples(square, {'square': square}, verbose=True)
print('---')
doctest.run_docstring_examples(square, {'square': square}, name='sq')
