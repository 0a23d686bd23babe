import reprlib, array, collections
r = reprlib.Repr()
print(sorted(vars(r).items()))
print([n for n in dir(reprlib.Repr) if not n.startswith('__')])
def f(self): 'doc'
w = reprlib.recursive_repr('<<>>')(f)
print(hasattr(w, '__wrapped__'), w.__name__, w.__doc__, w.__qualname__, w.__module__)
print(reprlib.repr(1.0/3), reprlib.repr(2**200), reprlib.repr(-2**140), reprlib.repr('x'*100))
print(reprlib.repr('a\nb' * 20), reprlib.repr("'" * 40), reprlib.repr(b'y' * 50))
print(reprlib.repr({1:2,3:4,5:6,7:8,9:0}), reprlib.repr(set(range(10))), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('b')), reprlib.repr(collections.deque(range(10))))
print(reprlib.repr(frozenset()), reprlib.repr(set()), reprlib.repr(frozenset([3, 1, 2])), reprlib.repr(frozenset(range(9))))
print(reprlib.repr(type(None)), reprlib.repr(len))
class B:
    def __repr__(self): raise ValueError
print(reprlib.repr(B())[:13])
print(reprlib.repr({(): [()]}), reprlib.repr({'b': 1, 'a': [1, 2, 3, 4, 5, 6, 7, 8]}))
print(reprlib.repr({1: 'a', 'b': 2}))
r.maxlevel = 1
print(r.repr([[1], [2], {}, {1: 2}, (), set(), [], 'ab']))
print(r.repr((array.array('d', [1.5]), collections.deque([[1]]), {frozenset([1])})))
r.maxlevel = 0
print(r.repr([[1]]), r.repr([]), r.repr({1: 1}), r.repr({}), r.repr((1,)), r.repr('abc'))
r = reprlib.Repr()
r.fillvalue = '~'
r.maxstring = 8; r.maxlong = 5; r.maxother = 6; r.maxlist = 2
print(r.repr('abcdefghijklmnop'), r.repr(123456789), r.repr(1.23456789), r.repr(list(range(5))))
r.maxstring = 2; r.maxlong = 1
print(r.repr('abcdefghijklmnop'), r.repr(123456789))
class My(reprlib.Repr):
    def repr_method(self, x, level):
        return 'METHOD'
    def repr_NoneType(self, x, level):
        return 'NONE'
print(My().repr([None, My().repr, 1]))
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
print(Node())
class Sub(list): pass
print(reprlib.repr(Sub(range(100)))[:40])
print(reprlib.aRepr.maxlist, reprlib.repr is not None)
