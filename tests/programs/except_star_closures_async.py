import asyncio

def closure():
    fns = []
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        fns.append(lambda: repr(e))
    except* TypeError as e:
        fns.append(lambda: repr(e))
    return [f() for f in fns]

try:
    print(closure())
except NameError as e:
    print("NameError", e)

async def fails(i):
    await asyncio.sleep(0)
    raise ValueError(i)

async def main():
    try:
        await asyncio.gather(fails(1))
    except* ValueError as e:
        print("async caught", repr(e))
        await asyncio.sleep(0)
        print("after await in except*")

asyncio.run(main())

class Meta(type):
    def __instancecheck__(cls, inst):
        return True
class Anything(Exception, metaclass=Meta):
    pass
print(ExceptionGroup("g", [ValueError()]).subgroup(Anything))
try:
    raise ValueError(1)
except* Anything:
    print("caught by Anything")
except* ValueError:
    print("caught by ValueError")
