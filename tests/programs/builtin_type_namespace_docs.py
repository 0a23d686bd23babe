# vars() of a builtin type lists its docstring under __doc__ and (except for type,
# where it is a descriptor) no __module__; exceptions, classmethod and staticmethod
# objects have a __dict__ descriptor in their class.
import collections

for t in (int, str, list, dict, object, float, tuple, set, bytes, bool, range,
          slice, BaseException, ValueError, KeyError, classmethod,
          staticmethod, super, enumerate, zip, collections.deque):
    d = vars(t)
    print(t.__name__, '__doc__' in d, '__module__' in d, '__dict__' in d,
          '__weakref__' in d, d['__doc__'] == t.__doc__)

print('__doc__' in vars(int), int.__dict__['__doc__'].splitlines()[0])
print(type.__dict__['__module__'])
print(type.__module__, int.__module__, collections.deque.__module__)


class A:
    pass


A.__module__ = 'elsewhere'
print(A.__module__, A)
print(BaseException.__dict__['__dict__'], classmethod.__dict__['__dict__'])

e = ValueError('bad')
e.note = 1
print(e.__dict__, vars(e))
e.__dict__ = {'other': 2}
print(e.other)
