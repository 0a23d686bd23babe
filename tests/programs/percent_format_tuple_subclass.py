# `%` takes the items of a tuple subclass (a named tuple) as its arguments.
import collections

P = collections.namedtuple('P', 'x y')
print('%s-%s' % P(1, 2))
print('%r and %d' % P('a', 7))


class T(tuple):
    pass


print('%s+%s' % T((3, 4)))
print(b'%d:%d' % T((5, 6)))
try:
    print('%s' % T((1, 2)))
except TypeError as e:
    print('TypeError:', e)
print('%s' % (T((1, 2)),))
