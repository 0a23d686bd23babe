# `s += expr` and `s = s + expr` on a local string grow it in place when nothing else
# holds it (a loop building a long string is linear, as in CPython); a string that is
# also held elsewhere is never changed under its other holders.


def build(n):
    s = ""
    for i in range(n):
        s += str(i)
    return s


def rebuild(n):
    r = ""
    for i in range(n):
        r = r + "x"
    return r


def aliases():
    s = "ab" + "cd"
    t = s
    s += "e" * 3
    u = s
    s = s + str(len(t))
    held = [s]
    s += "!"
    return s, t, u, held


def mixed(n):
    out = ""
    parts = []
    for i in range(n):
        out = out + chr(97 + i % 26)
        if i % 7 == 0:
            parts.append(out)
    return out, [len(p) for p in parts]


def not_str():
    x = [1]
    x += [2]
    y = 5
    y = y + 1
    b = b"ab"
    b = b + b"c"
    return x, y, b


def failing():
    s = "abc"
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    return s


big = build(40000)
print(len(big), big[:12], big[-12:])
print(len(rebuild(50000)))
print(aliases())
print(mixed(30))
print(not_str())
print(failing())

# At module level and in a class body, through the namespace.
r = ""
for i in range(30000):
    r = r + "x"
t = r
r = r + "y"
print(len(r), len(t), t[-1], r[-1])


class C:
    s = ""
    for i in range(1000):
        s = s + "z"


print(len(C.s))
