# Iteration order of int sets after each kind of set operation matches CPython table layouts.
a = {1, 2, 3}
print(a.symmetric_difference([1, 9]), a ^ {1, 9}, {9, 1} ^ a, a | {17, 9, 33}, {17, 9, 33} | a)
print({1, 2, 3, 4, 5, 6, 7, 8} - {1}, {1, 9, 17} - {2}, {40, 8, 16} & {8, 16, 40, 1}, {8, 16, 40, 1} & {40, 8, 16})
s = {1, 9, 17, 25}
s -= {9}
s.add(33)
print(s, s.intersection([33, 1]), s.difference([1]), s.difference([1], [17]), s.union([41], (49,)))
t = set(range(0, 100, 7))
t ^= {7, 8, 9, 100}
print(t)
t &= set(range(50))
print(t)
u = {3, 11, 19}
u.symmetric_difference_update([11, 27])
print(u)
u.difference_update({3}, [19])
print(u, frozenset({8, 16}) | {24}, {24} | frozenset({8, 16}))
big = set(range(20))
print(big - {3, 4}, big - set(range(18)))
print({(1, 2), (3, 4), (1, 9)} & {(3, 4), (1, 9)})
