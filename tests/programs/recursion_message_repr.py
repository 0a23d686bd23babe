# A RecursionError raised while getting a repr or a str names what was being done, as
# CPython counts the levels: each repr/str of an object and each call of a C function
# is a level besides the Python frames, and the level past the limit says which it was.


def probe(name, f):
    try:
        f()
        print(name, 'no error')
    except RecursionError as e:
        print(name, '|', e)


class FString:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return f'FString({self.child!r})'


class ReprCall:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return 'ReprCall(' + repr(self.child) + ')'


class Percent:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return 'Percent(%r)' % (self.child,)


class FormatR:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return 'FormatR({!r})'.format(self.child)


class PercentS:
    def __init__(self):
        self.child = self

    def __str__(self):
        return 'PercentS(%s)' % (self.child,)


class SameList:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return 'SameList' + repr(self.items)


class Node:
    def __init__(self, payload):
        self.payload = payload

    def __repr__(self):
        return f'Node({self.payload!r})'


def chain(n, wrap):
    x = None
    for _ in range(n):
        x = Node(wrap(x))
    return x


def nested(n, wrap):
    x = wrap(None)
    for _ in range(n):
        x = wrap(x)
    return x


probe('f-string !r', lambda: repr(FString()))
probe('repr() call', lambda: repr(ReprCall()))
probe('%r', lambda: repr(Percent()))
probe('format !r', lambda: repr(FormatR()))
probe('%s', lambda: str(PercentS()))
probe('the same list', lambda: repr(SameList()))
probe('chain through lists', lambda: repr(chain(2000, lambda x: [x])))
probe('chain through dicts', lambda: repr(chain(2000, lambda x: {'k': x})))
probe('chain through tuples', lambda: repr(chain(2000, lambda x: (x,))))
probe('nested lists', lambda: repr(nested(5000, lambda x: [x])))
probe('nested lists str', lambda: str(nested(5000, lambda x: [x])))
probe('nested dicts', lambda: repr(nested(5000, lambda x: {1: x})))
probe('nested tuples', lambda: repr(nested(5000, lambda x: (x,))))
probe('print nested', lambda: print(nested(5000, lambda x: [x])))
probe('format nested', lambda: format(nested(5000, lambda x: [x])))
probe('%s nested', lambda: '%s' % (nested(5000, lambda x: [x]),))


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


probe('__eq__', lambda: Eq() == 1)
probe('__hash__', lambda: hash(Hash()))
probe('__getattr__', lambda: GetAttr().x)


# Called directly from the module (one frame fewer): the level past the limit is
# another one.
class Direct:
    def __repr__(self):
        return repr(self)


try:
    repr(Direct())
except RecursionError as e:
    print('direct |', e)
