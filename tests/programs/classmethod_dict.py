# classmethod and staticmethod objects copy their function's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into a __dict__ of their own, which
# takes other attributes too; __wrapped__ and __func__ are the function.


def f(a: int) -> str:
    'the doc of f'


c = classmethod(f)
print(vars(c))
print(c.__wrapped__ is f, c.__func__ is f, c.__name__, c.__doc__)
c.extra = 3
print(c.extra, list(vars(c)))
del c.extra
print('extra' in vars(c))
try:
    del c.extra
except AttributeError as e:
    print('AttributeError', e)
try:
    c.__defaults__
except AttributeError as e:
    print('AttributeError', e)
try:
    c.__func__ = len
except AttributeError as e:
    print('AttributeError', e)

s = staticmethod(len)
print(s.__dict__, s.__wrapped__ is len)
print(sorted(vars(classmethod(3))))


class K:
    @classmethod
    def make(cls):
        'makes one'

    @staticmethod
    def helper():
        pass


print(K.__dict__['make'].__doc__, K.__dict__['helper'].__qualname__)
print(K.__dict__['make'].__dict__ is K.__dict__['make'].__dict__)
