class M(type):
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == 1
    def __len__(cls): return 2
    def __setattr__(cls, k, v):
        print('setattr', k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('delattr', k)
        super().__delattr__(k)
class A(metaclass=M): pass
print(list(A), 1 in A, 3 in A, len(A), A.__class__)
a, b = A
A.x = 1
print(A.x)
del A.x
print(hasattr(A, 'x'))
class C: pass
type.__setattr__(C, 'y', 2); print(C.y)
type.__delattr__(C, 'y'); print(hasattr(C, 'y'))
def f(self): return self
print(hasattr(f, '__get__'), f.__get__(C())().__class__.__name__, f.__get__(None, C) is f)
class K(int):
    __str__ = lambda s: 'K!'
print(f'{K(3)}', format(K(3), ''), format(K(3), '>4'), str.__format__('ab', '>4'), int.__format__(5, '03'), float.__format__(1.5, '.2f'))
class B: pass
B.__module__ = 'zz'; print(B)
