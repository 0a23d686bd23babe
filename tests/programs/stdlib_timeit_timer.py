# timeit: Timer with string and callable statements, the namespace the statement
# runs in, pass counts, repeat, autorange with a fake clock, and the errors.
import timeit
import io


class FakeClock:
    """A clock that advances by a fixed step every time it is read."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now


runs = []
t = timeit.Timer("runs.append(1)", globals={'runs': runs})
result = t.timeit(number=7)
print(type(result).__name__, len(runs), result >= 0)

runs.clear()
print(type(timeit.timeit("runs.append(2)", number=3, globals=globals())).__name__, runs)

runs.clear()
times = timeit.repeat("runs.append(3)", repeat=4, number=5, globals=globals())
print(type(times).__name__, len(times), len(runs), all(isinstance(x, float) for x in times))

# Setup runs once per measurement; the names it binds are visible to the statement.
log = []
t = timeit.Timer("log.append(value)", setup="value = len(log) + 100",
                 globals={'log': log})
t.repeat(repeat=3, number=2)
print(log)

# Callables for both.
calls = []
t = timeit.Timer(lambda: calls.append('stmt'), setup=lambda: calls.append('setup'))
t.timeit(3)
print(calls)

# A string statement with a callable setup, and the other way round.
calls.clear()
timeit.timeit("calls.append('s')", setup=lambda: calls.append('setup'), number=2,
              globals={'calls': calls})
timeit.timeit(lambda: calls.append('c'), setup="x = 1", number=2)
print(calls)

# Multi-line statements and setups.
ns = {'out': []}
timeit.timeit("for i in range(2):\n    out.append(i)\nout.append('end')",
              setup="a = 1\nb = 2", number=2, globals=ns)
print(ns['out'])

# The clock: called twice per measurement, and the result is their difference.
clock = FakeClock(0.5)
t = timeit.Timer("pass", timer=clock)
print(t.timeit(10), clock.reads, t.timer is clock)
print(t.repeat(3, 1), clock.reads)
print(timeit.timeit(timer=FakeClock(0.25), number=0))
print(timeit.repeat(timer=FakeClock(2.0), repeat=2, number=1))


class PassClock:
    """A clock whose reading is the number of statement passes so far / 64."""

    def __init__(self):
        self.passes = 0

    def __call__(self):
        return self.passes / 64


pc = PassClock()


def tick():
    pc.passes += 1


tried = []
t = timeit.Timer(tick, timer=pc)
print(t.autorange(lambda n, s: tried.append((n, s))))
print(tried)
pc.passes = 0
print(timeit.Timer(tick, timer=pc).autorange())

# Statements run in this module's namespace only when asked; by default in timeit's.
secret = 42
try:
    timeit.timeit("secret", number=1)
except NameError as e:
    print('NameError', e)
print(timeit.timeit("secret", number=1, globals={'secret': 1}) >= 0)

# Errors.
for args in [(5,), ("pass", 5), (None,), ("pass", None)]:
    try:
        timeit.Timer(*args)
    except ValueError as e:
        print('ValueError', e)
for stmt, setup in [("x = (", "pass"), ("pass", "x = ("), ("  x = 1", "pass"),
                    ("return 5", "pass"), ("yield 1", "pass")]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)

# An exception in the statement propagates; print_exc shows it.
t = timeit.Timer("1/0")
try:
    t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(buf)
    print(buf.getvalue().splitlines()[-3:])

# The generated function takes the statement at a fixed line.
print(t.src.splitlines()[5].strip())

print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.reindent("a\nb\nc", 2))
print(timeit.__all__)
