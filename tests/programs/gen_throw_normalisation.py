def g():
    while True:
        try:
            yield
        except Exception as e:
            print(repr(e), e.args)
x = g(); next(x)
x.throw(ValueError, ValueError('a'))
x.throw(ValueError, 'b')
x.throw(ValueError, ('c', 1))
x.throw(ValueError)
x.throw(KeyError('k'))
try:
    x.throw(KeyError('k'), 1)
except TypeError as e:
    print(e)
try:
    x.throw(3)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, a, b): super().__init__(a + b)
x.throw(E, (1, 2))
