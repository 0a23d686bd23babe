# product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", range(3))))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product(repeat=3)), list(product("ab", repeat=0)))
print(list(product("ab", [])), list(product([], "ab")))
print(len(list(product(range(3), range(4), range(5)))))
print(list(product("ab", "cd", repeat=2))[:5])

print(list(permutations("abc")))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 3))[-1], list(permutations(range(3), 0)))
print(list(permutations([])), list(permutations("ab", 3)), list(permutations("ab", None)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 5))))

print(list(cwr("ABC", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr("", 0)), list(cwr("", 2)), list(cwr("ab", 0)))
print(len(list(cwr(range(5), 4))))

# pools are read eagerly, outputs are fresh tuples
def g():
    print("reading")
    yield 1
    yield 2
p = product(g(), "x")
print("made")
print(list(p))
c = combinations([[1], [2]], 1)
a = next(c)
a[0].append(9)
print(a, list(c))

# duplicates are position-based
print(list(combinations("aab", 2)), list(permutations("aa")))

for f in (lambda: product(1), lambda: product([1], repeat=-1), lambda: product("a", foo=1),
          lambda: product("a", repeat="x"), lambda: permutations([1], -1),
          lambda: permutations("ab", "x"), lambda: permutations("ab", 2, 3),
          lambda: combinations([1]), lambda: combinations([1], -1),
          lambda: combinations("ab", "x"), lambda: combinations([1], 2, 3),
          lambda: cwr("a", -1), lambda: cwr("a"), lambda: permutations(5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
