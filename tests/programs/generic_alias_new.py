import types
GA = types.GenericAlias
print(GA is type(list[int]))
g = GA(list, (int,))
print(g, g == list[int], g.__origin__, g.__args__)
g2 = GA(dict, (str, int))
print(g2, g2.__parameters__)
g3 = GA(list, int)
print(g3, g3.__args__)
class A:
    __class_getitem__ = classmethod(types.GenericAlias)
print(A[int], A[int, str], A[int].__origin__ is A)
print(repr(A[int]))
print(type(A[int]()).__name__)
class B(A): pass
print(B[str])
try:
    GA(list)
except TypeError as e:
    print(e)
try:
    GA(list, (int,), 3)
except TypeError as e:
    print(e)
print(isinstance(list[int], GA), type(g).__name__, type(g).__module__)
