# A generator keeps its code object after it finished (gi_code), its frame is gone.


def count_to(n):
    for i in range(n):
        yield i


g = count_to(2)
print(g.gi_code.co_name, g.gi_frame is not None, g.gi_running)
print(list(g))
print(g.gi_code.co_name, g.gi_code.co_varnames, g.gi_frame)
g2 = count_to(3)
next(g2)
g2.close()
print(g2.gi_code.co_varnames, g2.gi_frame)


async def coro():
    return 1


c = coro()
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)
print(c.cr_code.co_name, c.cr_frame)
