# `f.__code__` is the code object the function was made from: the same object on
# every read, shared by the functions one `def` makes, and a constant of the
# enclosing code.
def outer():
    def inner(x):
        return x + 1
    return inner


f = outer()
g = outer()
print(f.__code__ is f.__code__)
print(f is g, f.__code__ is g.__code__)
print(f.__code__ in outer.__code__.co_consts)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames)
lam = lambda a, b=2: a * b
print(lam.__code__ is lam.__code__, lam.__code__.co_name)
codes = {id(fn.__code__) for fn in (f, g)}
print(len(codes))
