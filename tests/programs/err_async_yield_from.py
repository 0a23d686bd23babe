async def f():
    yield from [1]
