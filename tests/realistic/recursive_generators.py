def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


def combinations(items, k):
    if k == 0:
        yield ()
    elif len(items) >= k:
        first, rest = items[0], items[1:]
        for combo in combinations(rest, k - 1):
            yield (first,) + combo
        yield from combinations(rest, k)


def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
    for part in range(min(n, largest), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest


def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


class Node:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.children:
            yield here
        for c in self.children:
            yield from c.paths(here)

    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in n.children]


def gray_code(n):
    if n == 0:
        yield ""
        return
    prev = list(gray_code(n - 1))
    for code in prev:
        yield "0" + code
    for code in reversed(prev):
        yield "1" + code


def balanced_parens(n, open_=0, close=0, prefix=""):
    if close == n:
        yield prefix
        return
    if open_ < n:
        yield from balanced_parens(n, open_ + 1, close, prefix + "(")
    if close < open_:
        yield from balanced_parens(n, open_, close + 1, prefix + ")")


def running_average():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count


def delegator(results):
    total = yield from running_average()
    results.append(total)


print(list(permutations("abc")))
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations("abcde", 3))[:5], len(list(combinations(range(10), 4))))
print(list(partitions(6)))
print(sum(1 for _ in partitions(20)))
moves = list(hanoi(4))
print(len(moves), moves[:4], moves[-1])
print(list(flatten([1, [2, (3, [4, [5]])], [], [[6]], "seven"])))
tree = Node("root", Node("a", Node("a1"), Node("a2", Node("a2x"))), Node("b"), Node("c", Node("c1")))
print(list(tree))
print(["/".join(p) for p in tree.paths()])
print(list(tree.levels()))
print(list(gray_code(4)))
print(list(balanced_parens(3)), sum(1 for _ in balanced_parens(7)))

results = []
g = delegator(results)
print(next(g))
for x in [10, 20, 60]:
    print(g.send(x))
try:
    g.send(None)
except StopIteration as stop:
    print("stopped", stop.value, results)

def countdown(n):
    try:
        while n > 0:
            received = yield n
            n = n - 1 if received is None else received
    finally:
        print("countdown closed at", n)

c = countdown(5)
print(next(c), next(c), c.send(2), next(c))
c.close()
gen = countdown(3)
print(next(gen))
try:
    gen.throw(ValueError("stop now"))
except ValueError as e:
    print("thrown back:", e)
print(gen.gi_frame is None, list(gen))
