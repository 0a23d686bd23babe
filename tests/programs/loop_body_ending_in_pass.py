# A loop body whose last statement ends in `pass` (an `if`, `elif`, `else`, `try`,
# `with` or a nested loop): every iteration runs, whichever branch is taken.
def if_pass(n):
    c = 0
    for i in range(n):
        c += 1
        if i > 100:
            pass
    return c


def if_in_set_pass(n):
    c = 0
    for i in range(n):
        c += 1
        if i in {1, 2}: pass
    return c


def elif_pass(n):
    c = 0
    for i in range(n):
        c += 1
        if i == 1:
            c += 10
        elif i > 100:
            pass
    return c


def else_pass(n):
    c = 0
    for i in range(n):
        if i % 2:
            c += 1
        else:
            pass
    return c


def try_pass(n):
    c = 0
    for i in range(n):
        c += 1
        try:
            1 // (i - 2)
        except ZeroDivisionError:
            pass
    return c


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return True


def with_pass(n):
    c = 0
    for i in range(n):
        c += 1
        with CM():
            pass
    return c


def nested_pass(n):
    c = 0
    for i in range(n):
        c += 1
        for j in range(i):
            if j > 100:
                pass
    return c


def plain_pass(n):
    c = 0
    for i in range(n):
        c += 1
        pass
    return c


def while_if_pass(n):
    c = 0
    while c < n:
        c += 1
        if c > 100:
            pass
    return c


def generator_pass(n):
    for i in range(n):
        yield i
        if i > 100:
            pass


for f in (if_pass, if_in_set_pass, elif_pass, else_pass, try_pass, with_pass,
          nested_pass, plain_pass, while_if_pass):
    print(f.__name__, f(5))
print(list(generator_pass(4)))
print([x for x in range(3) if x > 100 or True])

c = 0
for i in range(4):
    c += 1
    if i > 100:
        pass
print("module", c)
