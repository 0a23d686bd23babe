import doctest
import io
import sys

FILE = __file__


def wrong(x):
    """A function with failing examples.

    >>> wrong(1)
    2
    >>> wrong(2)
    4
    >>> print('a\\n\\nb')
    a
    b
    >>> wrong(0)
    >>> print('nothing expected')
    >>> len([1, 2])
    2
    >>> raise ValueError('actual message')
    Traceback (most recent call last):
    ValueError: expected message
    >>> raise KeyError('x')
    Traceback (most recent call last):
    TypeError: 'x'
    """
    return x


def also_wrong():
    """
    >>> 'abc'.upper()   # doctest: +ELLIPSIS
    'A...D'
    >>> print('x  y')   # doctest: +NORMALIZE_WHITESPACE
    x z
    """


def run(**kwargs):
    buf = io.StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        result = doctest.testmod(**kwargs)
    finally:
        sys.stdout = saved
    text = buf.getvalue().replace(FILE, 'FILE')
    # The traceback of a mismatched exception names the runner's own source file.
    lines = [line for line in text.split('\n')
             if 'doctest.py' not in line and '<frozen doctest>' not in line
             and 'exec(compile(' not in line and '_run_example' not in line and 'compileflags, True), test.globs)' not in line]
    print('\n'.join(lines), end='')
    print(result)

run()
print('=== first failure only')
run(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print('=== fail fast')
run(optionflags=doctest.FAIL_FAST)
