# A failing __set_name__ is reported as CPython 3.11 does (RuntimeError caused by
# the original error); an __index__ result too big for an index names the object
# converted, not int; functions that take ints of any size (hex, math.comb) take
# an __index__ result of any size.
import math
import sys
import traceback


class Desc:
    def __set_name__(self, owner, name):
        raise ValueError('set_name ' + name)


try:
    class Owner:
        attr = Desc()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


class Idx:
    def __index__(self):
        return 2 ** 100


for expr in ['[1][Idx()]', "'abc' * Idx()", '[1] * Idx()', '(1,)[Idx()]',
             "b'a'[Idx()]", '[1][2**100]', "'a'[2**100]", 'bytearray(2)[Idx()]',
             "'abc'[Idx():]", 'hex(Idx())', 'oct(Idx())', 'bin(Idx())',
             'math.comb(Idx(), 2)', 'math.gcd(Idx(), 6)', 'range(Idx())[-1] > 0']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    class Owner2:
        other = Desc()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
