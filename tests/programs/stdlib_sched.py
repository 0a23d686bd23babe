# sched: a scheduler over a simulated clock (the delay function advances it).
import sched

now = [0.0]
def clock():
    return now[0]
def sleep(d):
    log.append(('sleep', d))
    now[0] += d

log = []
def job(name, *args, **kw):
    log.append((clock(), name, args, kw))

s = sched.scheduler(clock, sleep)
print(s.empty())
e1 = s.enter(5, 1, job, ('five',))
e2 = s.enter(1, 2, job, ('one-low',))
e3 = s.enter(1, 1, job, ('one-high',), {'k': 'v'})
e4 = s.enterabs(1, 1, job, argument=('same-time-later',))
e5 = s.enter(3, 0, job, kwargs={'name': 'kw-only'})
gone = s.enter(2, 0, job, ('cancelled',))
print(e1.time, e1.priority, e1.argument, e1.kwargs, e3.kwargs, e5.argument)
print(e2 < e1, e3 < e2, e3 < e4, e1 == e1, e1._fields)
s.cancel(gone)
print([(e.time, e.priority, e.argument) for e in s.queue])
print(s.empty(), len(s.queue))
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue)

# Events scheduled by events; non-blocking runs.
log.clear()
now[0] = 100.0
def chain(n):
    log.append(('chain', n, clock()))
    if n:
        s.enter(2, 0, chain, (n - 1,))
s.enter(0, 0, chain, (2,))
s.enter(10, 0, job, ('late',))
print(s.run(blocking=False))
print(s.run(False), now[0])
now[0] += 2
print(s.run(False))
s.run()
for entry in log:
    print(entry)
print(s.run(blocking=False))

try:
    s.cancel(e1)
except ValueError as e:
    print('ValueError:', e)

def boom():
    raise RuntimeError('stop')
s.enter(1, 0, boom)
s.enter(2, 0, job, ('after-boom',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError:', e, len(s.queue))
s.run()
print(log[-1][1], s.empty())

real = sched.scheduler()
hits = []
real.enter(0.2, 1, hits.append, ('a',))
real.enter(0, 1, hits.append, ('b',))
real.run()
print(hits, sched.__all__)
