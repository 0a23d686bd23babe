"""The awaitable anext(iterator, default) returns (CPython's anext_awaitable)."""


async def anext_awaitable(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
