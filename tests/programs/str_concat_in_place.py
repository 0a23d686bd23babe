import sys
def f():
    s = ''
    for i in range(1000):
        s += 'x'
    t = s
    s += 'y'
    print(len(s), len(t), s is t, s[-2:], t[-1])
    u = 'ab'
    u += u
    print(u)
    v = 'é'
    for _ in range(3):
        v += 'ü'
    print(v, len(v), v.upper(), hash(v) == hash('éüüü'))
    w = 'q' * 3
    w += ''
    print(w)
f()
g = ''
for i in range(500):
    g += str(i % 10)
h = g
g += '!'
print(len(g), len(h), g[-3:], h[-3:])
class C:
    acc = ''
    for k in range(5):
        acc += 'z'
print(C.acc)
def gl():
    global gg
    gg += 'b'
gg = 'a' * 2
for _ in range(3):
    gl()
print(gg)
