# A function in a reference cycle: the collector counts the function and its
# __dict__, not the constants of its code (the code object owns those).
import gc


def make():
    def f():
        return (1, 2, 3)
    f.self = f


gc.collect()
make()
print(gc.collect())


def make_closure():
    items = [1, 2]
    def g():
        return items, ('a', 'b')
    items.append(g)


make_closure()
print(gc.collect())
