# Unpacking in assignments, for targets and displays; augmented assignment; del.
a, b, c = 1, 2, 3
(d, e), f = [4, 5], 6
g, *h = range(5)
*i, j = "abc"
k, *l, m = [1, 2]
[n, o] = (7, 8)
p = q = r = [0]
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p is q is r)
x, (y, *z), w = 1, "abc", 9
print(x, y, z, w)
for idx, (ch, *rest) in enumerate(["ab", "cde"]):
    print(idx, ch, rest)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*"aa", *[1]} == {"a", 1}, {**{"a": 1}, "b": 2, **{"a": 3}})
def three():
    return 1, 2, 3
s, t, u = three()
print(s + t + u)
for bad in ("a, b = 1, 2, 3", "a, b = [1]", "a, b = 5", "a, *b, c = [1]", "(a, b), c = 1, 2"):
    try:
        exec(bad) if False else None
        if bad == "a, b = 1, 2, 3":
            aa, bb = 1, 2, 3
        elif bad == "a, b = [1]":
            aa, bb = [1]
        elif bad == "a, b = 5":
            aa, bb = 5
        elif bad == "a, *b, c = [1]":
            aa, *bb, cc = [1]
        else:
            (aa, bb), cc = 1, 2
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
lst = [1, 2, 3]
lst[0] += 10; lst[-1] *= 2; lst[1] -= 1
print(lst)
class O: pass
o = O()
o.v = 5
o.v += 1; o.v **= 2; o.v //= 5; o.v <<= 2; o.v |= 1; o.v ^= 3; o.v &= 0xff; o.v >>= 1; o.v %= 7
print(o.v)
dd = {"k": [1]}
dd["k"] += [2]; dd["k"][0] -= 5
print(dd)
cnt = 0
def key():
    global cnt
    cnt += 1
    return "k"
dd2 = {"k": 1}
dd2[key()] += 1
print(dd2, cnt)
st = "ab"
st += "cd"; st *= 2
print(st)
del lst[0], o.v
print(lst, hasattr(o, "v"))
v1 = 1
del v1
try:
    print(v1)
except NameError as ex:
    print("NameError", ex)
a = b = 5
a += 1
print(a, b)
t = (1, 2)
t += (3,)
print(t)
first, second, *_ = "xyzzy"
print(first, second, _)
m1, m2 = m2, m1 = 1, 2
print(m1, m2)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
(lambda: None)()
((aa), bb) = 3, 4
print(aa, bb)
