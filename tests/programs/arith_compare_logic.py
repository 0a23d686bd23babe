# Comparison chains, and/or returning operands, conditional expressions, is/in/not.
def loud(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2, 1 < loud(5) < 3, 1 > loud(0) < loud(9))
print(loud(1) < loud(2) < loud(0) < loud(99))
print(0 or 5, 3 or 5, "" or [] or None, 0 and 5, 3 and 5, None and loud("no"), [] or loud("yes"))
print(not 0, not 1, not [], not [0], not "", not None, not not 3)
print(1 if True else 2, 1 if 0 else 2, "a" if [] else "b" if None else "c")
x = 5
print("big" if x > 3 else "small", x if x else loud("never"))
print(1 in [1, 2], 3 not in [1, 2], "ab" in "cabd", "" in "x", 1 in {1: 2}, 2 in {1: 2}, 3 in range(5))
print(None is None, [] is [], [] == [], x is not None, not x is None)
a = [1]
b = a
print(a is b, a is not b, a == b, [1] is a)
print(type(1 < 2), (1 < 2) + 1, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a")
print([1, [2, 3]] == [1, [2, 3]], (1, (2,)) < (1, (3,)), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset([1]) == {1})
r = []
def t(v):
    r.append(v)
    return v
t(0) and t(1)
t(1) and t(2)
t(0) or t(3)
t(4) or t(5)
print(r)
print(all(x > 0 for x in [1, 2]), any([]), all([]), any([0, "", None, 3]))
i = 0
while i < 10 and not i == 4:
    i += 1
print(i)
print((lambda: 1 if 1 < 2 < 3 and not 5 in [] else 0)())
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    1 < "1"
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
