# Each asyncio task runs in a copy of the context current when it was created;
# callbacks run in the context current when they were scheduled (or the one given).
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')
seen = []


async def child(label, turns):
    seen.append((label, 'start', var.get()))
    var.set(label)
    # Yields to the loop `turns` times: the order the tasks end in does not depend
    # on how fast the machine is.
    for _ in range(turns):
        await asyncio.sleep(0)
    seen.append((label, 'end', var.get()))
    return var.get()


async def parent():
    var.set('parent')
    results = await asyncio.gather(child('a', 2), child('b', 1))
    seen.append(('parent', 'after gather', var.get()))
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'special')
    t = asyncio.create_task(child('c', 0), context=ctx)
    await t
    print('ctx after task:', ctx[var], 'parent sees:', var.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    var.set('at schedule time')
    loop.call_soon(lambda: done.set_result(var.get()))
    var.set('changed later')
    print('call_soon saw:', await done)
    other = contextvars.Context()
    fut = loop.create_future()
    loop.call_later(0, lambda: fut.set_result(var.get()), context=other)
    print('call_later in empty context saw:', await fut)
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: seen.append(('callback', var.get())))
    f2.set_result(1)
    await asyncio.sleep(0)
    return results


print(asyncio.run(parent()))
for entry in seen:
    print(entry)
print('main:', var.get())
