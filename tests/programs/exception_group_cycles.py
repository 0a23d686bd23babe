import gc
eg = ExceptionGroup("cyc", [ValueError(1)])
eg.exceptions[0].__context__ = eg
eg.exceptions[0].group = eg
try:
    raise eg
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    m.self = m
del eg, m, r
print(gc.collect() > 0)
def h():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        v.keep = v
        raise
for i in range(3):
    try:
        h()
    except ExceptionGroup as x:
        x.me = x
print(gc.collect() > 0)
