import doctest
import sys

def table():
    """
    >>> print("\\n".join("%d %d" % (i, i * i) for i in range(5)))
    0 0
    1 1
    2 5
    3 9
    4 16

    >>> print("alpha beta gamma")  # doctest: +REPORT_NDIFF
    alpha betta gamma

    >>> print("one\\ntwo\\nthree\\nfour")  # doctest: +REPORT_CDIFF
    one
    TWO
    three
    four

    >>> print("x\\ny")  # doctest: +REPORT_UDIFF
    x
    z

    >>> print("a\\nb\\nc\\nd\\ne")  # doctest: +REPORT_UDIFF
    a
    B
    c
    d
    e

    >>> print("first\\n\\nthird\\nfourth")  # doctest: +REPORT_NDIFF
    first
    second
    third
    forth
    """

def adder():
    """
    >>> [1, 2, 3]
    [1, 2, 4]
    >>> print("p\\nq\\nr\\ns")
    p
    q
    R
    s
    """

print(doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST, doctest.REPORTING_FLAGS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
sys.stdout = sys.__stdout__
for flags in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF, 0):
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=flags)
    for fn in (table, adder):
        for t in finder.find(fn, fn.__name__, globs={}):
            t.filename = "example.py"
            runner.run(t)
    print(runner.summarize(verbose=False))
