import math, copy, itertools, functools, operator, random, sys, os, time, heapq, bisect, json, re
for f in [len, print, math.sqrt, copy.copy, copy.deepcopy, itertools.chain, random.random, random.randint, sys.exit, time.time, json.dumps, re.sub, [].append, {}.get, "".join]:
    print(getattr(f, '__module__', 'MISSING'), end=' ')
print()

# doctest's finder skips functions imported from other modules.
from copy import deepcopy
from math import gcd


def lcm(a, b):
    """
    >>> lcm(4, 6)
    12
    """
    return a * b // gcd(a, b)


import doctest
print(doctest.testmod())
