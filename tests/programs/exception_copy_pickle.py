# Exceptions through copy and pickle: BaseException.__reduce__ / __setstate__, with
# the fields of OSError, ImportError, SyntaxError and UnicodeError travelling as
# CPython's do.
import copy
import pickle

e = ValueError(1, 'a')
print(e.__reduce__())
e.x = 5
print(e.__reduce__())
c = copy.copy(e)
print(type(c), c.args, c.x)
print(repr(copy.deepcopy(KeyError('k'))))


class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a


m = copy.copy(MyErr(1, 2))
print(m.args, m.a)
for err in [OSError(2, 'x', 'f'), OSError(2, 'x'), OSError('a'), OSError(2, 'x', None, None, 'g'),
            OSError(2, 'x', 'f', None, 'g'), ImportError('m', name='n', path='p'), ImportError('m'),
            SyntaxError('m', ('f', 1, 2, 't')),
            UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')]:
    r = err.__reduce__()
    print(r)
    back = pickle.loads(pickle.dumps(err))
    print(type(back).__name__, back.args, str(back))
    print(pickle.dumps(err, 2) == pickle.dumps(back, 2))
s = ValueError()
s.__setstate__({'q': 1})
print(s.q)
s.__setstate__(None)
try:
    s.__setstate__(5)
except TypeError as t:
    print(t)
n = ValueError('n')
n.add_note('hello')
print(copy.copy(n).__notes__)
print(pickle.dumps(ValueError('v'), 0))
