# Generator pipelines: laziness across stages, early exit, infinite streams and cleanup.
log = []
def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i
def double(it):
    for v in it:
        log.append(f"dbl{v}")
        yield v * 2
def take_while_small(it, limit):
    for v in it:
        if v > limit:
            return
        yield v
pipe = take_while_small(double(source(10)), 6)
print(log)
print(list(pipe))
print(log)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print([next(squares) for _ in range(5)])
def chunks(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)), list(chunks([], 2)))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
cleanup = []
def resource(name):
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        cleanup.append(name)
for v in resource("a"):
    if v == "a1":
        break
print(cleanup)
r = resource("b")
print(next(r))
del r
print(cleanup)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), any(v > 3 for v in naturals()))
gen_of_gens = ((i, j) for i in range(3) for j in range(i))
print(list(gen_of_gens))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], (True,))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 60)])
print(list(zip(naturals(), "xyz")), dict(zip("ab", naturals())), list(enumerate(chunks("abcde", 2))))
