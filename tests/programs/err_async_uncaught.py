async def inner(x):
    return 1 / x


async def middle(x):
    return await inner(x)


async def outer():
    print("outer")
    return await middle(0)


outer().send(None)
