"""Module docstring with an example.

>>> 1 + 1
2
"""
import doctest


def add(a, b):
    """Add two things.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> x = add(2, 3)
    >>> x
    5
    >>> print(add([1], [2]))
    [1, 2]
    >>> None
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    """
    return a + b


def raises():
    """Exceptions are matched by their last line.

    >>> raises()
    Traceback (most recent call last):
      ...
    ValueError: bad input
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> {}['k']   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    """
    raise ValueError('bad input')


def flags():
    """Option directives.

    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('line\\n\\nafter')
    line
    <BLANKLINE>
    after
    >>> this_is_skipped()  # doctest: +SKIP
    whatever
    >>> 1 == 1
    True
    """


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump()
    1
    >>> c.bump()
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """Increment.

        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n

    @staticmethod
    def static():
        """
        >>> Counter.static()
        'static'
        """
        return 'static'

    @property
    def prop(self):
        """The count.

        >>> Counter().prop
        0
        """
        return self.n


def no_doc():
    pass


print(doctest.testmod())
print(doctest.testmod(verbose=False, report=False))
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.IGNORE_EXCEPTION_DETAIL,
      doctest.SKIP, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST,
      doctest.COMPARISON_FLAGS)
