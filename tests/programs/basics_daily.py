# Everyday operations on dicts, strings, lists and numbers in one program.
d = {"b": 2, "a": 1}
print(sorted(d), list(d.items()), d.get("c", [])), print(dict(sorted(d.items(), key=lambda kv: kv[1])))
d2 = dict(d)
d2.update(c=3)
print(d2, d == d2, {**d, **d2}, d | {"z": 0}, {"z": 0} | d)
from_keys = dict.fromkeys(["x", "y"], [])
from_keys["x"].append(1)
print(from_keys)
print({k: v for k, v in enumerate("abc")}, dict(enumerate("ab", 1)), list({1: 2, 3: 4}.values()))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1])[:2])
nested = {}
nested.setdefault("a", {}).setdefault("b", []).append(1)
print(nested)
print("x" in {"x": None}, None in {None: 1}, {(): 1}[()], {frozenset(): 2}[frozenset()], {1.0: "f"}[1], {True: "t"}[1])
dd = {}
dd[1] = "one"; dd[1.0] = "float one"; dd[True] = "true"
print(dd, list(dd.keys()), type(list(dd.keys())[0]).__name__)
s = "  The Quick Brown Fox  "
print(s.strip().lower().split(), "_".join(s.split()), s.count("o"), s.strip()[4:9], s.find("Brown"), s.replace(" ", ""))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "CamelCaseString".lower(), "x".join("123"), "abc".upper().lower())
print("%-8s|%8s|" % ("left", "right"), "{:<8}|{:>8}|{:^8}|".format("l", "r", "c"), f"{'pad':~^11}")
print(str(123).zfill(6), "{:06.2f}".format(3.14159), "{:+.1e}".format(12345), "{:,}".format(1234567.891), f"{0.000012345:.3g}")
words = ["apple", "Banana", "cherry"]
print([w.capitalize() for w in words], [w[::-1] for w in words], [len(w) for w in words], list(map(str.upper, words)))
print(" ".join(w.title() for w in "hello big world".split()), "hello"[1:-1], "hello"[-3:], "hello"[:-3])
print(list("abc") + ["d"], [1, 2] * 2, [[0] * 2 for _ in range(2)], [x ** 2 for x in range(5) if x % 2 == 0])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], sum(map(sum, matrix)), [row[::-1] for row in matrix[::-1]])
stack = []
stack.append(1); stack.append(2); print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue, queue[-1], queue[0])
a, b = 0, 1
fibs = []
while len(fibs) < 10:
    fibs.append(a)
    a, b = b, a + b
print(fibs, fibs[::2], fibs.index(8), 21 in fibs, sum(fibs) / len(fibs))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "abc"), sum(1 for c in "hello" if c in "aeiou"))
print(isinstance("s", str), isinstance(1, (int, float)), type(1) == int, type(True) is bool, type(1.0).__name__)
t = (1, "two", 3.0, [4])
print(t[1], t[-1], len(t), t.index(3.0), t.count(1), 3.0 in t, t[1:3], t + (5,), t * 0)
for i, (k, v) in enumerate(sorted({"x": 1, "y": 2}.items())):
    print(i, k, v, end="; ")
print()
print(list(range(10))[::3], list(range(10, 0, -3)), list(range(0)), sum(range(1, 101)), max(range(5), key=lambda v: -v))
x = [3, 1, 2]
y = x[:]
y.sort()
print(x, y, x is y, sorted(x) == y, x.copy() == x)
print(round(3.14159, 2), round(2.5), round(3.5), abs(-7), divmod(17, 5), pow(2, 10), 7 // 2, 7 % 2, -7 // 2, 2 ** -1)
print(int("42") + 1, float("3.5") * 2, str(42) + "!", bool("False"), bool(""), int(3.9), int(-3.9), float(1), str(1.0))
print(min([3, 1, 2]), max("hello"), sum([0.1] * 3), sorted("hello", reverse=True), len({1, 2, 2, 3}))
