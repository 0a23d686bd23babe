# Every callable has __call__: functions, methods, builtins and their descriptors.
def double(x):
    return 2 * x


class Box:
    def get(self, k=1):
        return k


callables = [double, len, Box, Box().get, print, int, type, [].append,
             "x".upper, (1).__add__, int.__add__, str.join, dict.fromkeys]
print([hasattr(c, '__call__') for c in callables])
print(hasattr(object(), '__call__'), callable(object()))
print(double.__call__(21), Box().get.__call__(k=5), len.__call__([1, 2]))
print(type(double.__call__).__name__, type(len.__call__).__name__)
print(type(Box().get.__call__).__name__, type(str.join.__call__).__name__)
print(str.join.__call__('-', 'abc'), int.__add__.__call__(2, 3))
print(type(double).__call__(double, 4))
