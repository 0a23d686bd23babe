# Code objects: co_consts, co_code, co_linetable, co_exceptiontable and co_lnotab as
# bytes (minipy's own encodings, except co_lnotab), co_lines() ranges that tile the
# instructions, dir() listing the co_* names; list/dict.__getitem__'s arity message.
def f(a, b=2):
    c = a + b
    if c > 3:
        return c
    try:
        c = a / b
    except ZeroDivisionError:
        c = 0
    return -c


co = f.__code__
print(type(co.co_consts), type(co.co_code), type(co.co_linetable), type(co.co_exceptiontable), type(co.co_lnotab))
print([x for x in dir(co) if x.startswith('co_') and x != 'co_stacksize'])
lines = list(co.co_lines())
print(type(lines[0]), len(lines[0]), sorted({l for _, _, l in lines if l is not None}))
print(all(s < e for s, e, _ in lines), all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print(lines[0][0], lines[-1][1] == len(list(co.co_positions())) * 2)
print(3 in co.co_consts, len(co.co_code) > 0, len(co.co_exceptiontable) > 0)
print(type(compile("x = 1", "<s>", "exec").co_consts))
for bad in (lambda: [].__getitem__(), lambda: {}.__getitem__(1, 2), lambda: ''.__getitem__(), lambda: ().__getitem__()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
