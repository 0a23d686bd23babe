# An un-awaited coroutine warns when it is destroyed (once per location).
async def f():
    return 1


def g():
    c = f()
    print(type(c).__name__)


g()
x = f()
del x
for i in range(3):
    f()
c = f()
c.close()
del c
print("end")
