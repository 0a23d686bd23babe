# timeit: Timer with string and callable statements, repeat, autorange; a fake
# clock keeps the printed timings deterministic.
import io
import time
import timeit


class FakeClock:
    """Advances by one 'second' per call."""
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)

counter = {'n': 0}
def work():
    counter['n'] += 1

t = timeit.Timer(work, timer=FakeClock())
print(t.timeit(number=100), counter['n'])
print(t.repeat(repeat=3, number=10), counter['n'])

g = {'hits': [], 'setups': []}
t = timeit.Timer('hits.append(x * 2)', setup='setups.append(1)\nx = 21', timer=FakeClock(), globals=g)
print(t.timeit(5), g['hits'], g['setups'])
print(timeit.timeit('hits.append(len(hits))', number=3, globals=g, timer=FakeClock()), g['hits'])
print(timeit.repeat('pass', repeat=4, number=2, timer=FakeClock()))

# Multi-line statements, and a callable setup.
log = []
stmt = """
total = 0
for i in range(4):
    total += i
log.append(total)
"""
print(timeit.timeit(stmt, setup=lambda: log.append('setup'), number=2,
                    globals={'log': log}, timer=FakeClock()), log)

# Real timings: only their type and sign.
r = timeit.timeit('sum(range(100))', number=200)
print(type(r).__name__, r >= 0)
rs = timeit.repeat('x = [1, 2, 3]', repeat=3, number=100)
print(len(rs), all(isinstance(v, float) and v >= 0 for v in rs))


class StepClock:
    """Each timing of n loops reports n * 0.01 seconds."""
    def __init__(self):
        self.calls = 0
        self.loops = 0
    def __call__(self):
        self.calls += 1
        return self.loops * 0.01 if self.calls % 2 == 0 else 0.0


seen = []
clock = StepClock()
t = timeit.Timer(lambda: None, timer=clock)
orig = t.timeit
def timed(number=timeit.default_number):
    clock.loops = number
    return orig(number)
t.timeit = timed
print(t.autorange(lambda n, secs: seen.append((n, round(secs, 6)))))
print(seen)
print(timeit.Timer('pass').autorange()[0] >= 1)

for bad in [('x = (', 'pass'), ('pass', 'return 1'), ('break', 'pass'), (42, 'pass'), ('pass', None)]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)

t = timeit.Timer('1 / 0', timer=FakeClock())
try:
    t.timeit(1)
except ZeroDivisionError:
    out = io.StringIO()
    t.print_exc(out)
    print(out.getvalue().splitlines()[-1])
print(timeit.reindent('a\nb', 2))
print(sorted(timeit.__all__))
