# asyncio.Runner: one loop and one context for several run() calls; close() cancels
# what is left and makes the runner unusable.
import asyncio, contextvars
var = contextvars.ContextVar("var", default=0)
async def bump(n):
    var.set(var.get() + n)
    await asyncio.sleep(0)
    return var.get()
async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise
async def start_bg():
    asyncio.get_running_loop().create_task(background())
    await asyncio.sleep(0)
with asyncio.Runner() as runner:
    print(runner.run(bump(1)), runner.run(bump(10)), runner.get_loop() is asyncio.get_event_loop())
    runner.run(start_bg())
    print(runner.run(bump(5), context=contextvars.Context()))
try:
    runner.run(coro := bump(1))
except RuntimeError as e:
    print("RuntimeError:", e)
    coro.close()
r = asyncio.Runner(debug=False)
try:
    r.run(lambda: 1)
except ValueError as e:
    print("ValueError:", str(e)[:40])
print(r.run(bump(2)))
r.close(); r.close()
