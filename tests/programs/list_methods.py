# list methods and operators.
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend(range(2)); a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7); a.insert(-100, -1)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a, a.index(2), a.count(1), a.index(1, 3))
a.remove(9); print(a)
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda v: (v % 3, v)); print(a)
b = a.copy(); b.clear(); print(a, b)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [[]] * 2, [1, 2, 3] * 0, [1] * -1)
c = [1, 2]
c += (3, 4); c += "ab"; c *= 2; print(c)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], max([[1], [0, 5]]))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: 2, 3: 4}), list(x * 2 for x in range(3)))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1]))
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(stable, key=lambda t: t[0]), sorted(stable), sorted(stable, key=lambda t: t[0], reverse=True))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, "a"].sort(), lambda: [1][1], lambda: [1].insert(), lambda: [].pop("x")):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
n = [5, 3, 8]
print(n.sort(), n, sorted(n, reverse=True), list(reversed(n)), n[::-1], min(n), max(n), sum(n))
nested = [[3, 2], [1], []]
for lst in nested:
    lst.sort()
print(nested, sorted(nested), [x for sub in nested for x in sub])
print(5 in n, 4 not in n, n.__contains__(8), [1, [2]].index([2]), [1, 2, 1].count(1))
m = [1, 2, 3]
m[1] = "two"; m[-1] += 10; print(m)
del m[0]; print(m)
print(list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
print(repr([1, "a", 2.5, None, True, [()], {}]), str(["é"]), [1, 2].__repr__())
e = []
e.extend(e); print(e)
f = [1, 2]
f.extend(f); print(f)
g = [1, 2]
g += g; print(g)
print([0.0, -0.0, 1.5].index(-0.0), [float("nan")].count(float("nan")))
