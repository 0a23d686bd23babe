# Ranges with bounds beyond machine words, range slicing, hashing and equality.
big = 2 ** 100
r = range(big, big + 10, 3)
print(r, len(r), r[0], r[-1], r[1:3], list(r), list(reversed(r)), big + 3 in r, big + 4 in r, r.index(big + 6), r.count(big))
print(range(big)[-1] == big - 1, big in range(big + 1), range(0, big, big // 2)[1] == big // 2, range(-big, big)[big])
try:
    range(big)[big]
except IndexError as e:
    print("IndexError", e)
try:
    len(range(big))
except OverflowError as e:
    print("OverflowError", e)
print(range(5)[2 ** 70:], range(10)[::-1], range(10)[-3:], range(10)[::3][::-1], range(0, -10, -2)[1:4], hash(range(3)) == hash(range(0, 3)), range(0) == range(5, 5), range(2, 3) == range(2, 10, 9))
try:
    range(5)[2 ** 70]
except IndexError as e:
    print("IndexError", e)
print(bool(range(big, 0)), bool(range(big)), range(big).start, range(big).stop, range(-big, big, big).step, list(range(-big, big, big)))
r2 = range(2 ** 63 - 2, 2 ** 63 + 2)
print(list(r2), len(r2), r2[1], 2 ** 63 in r2, list(range(-2 ** 63, -2 ** 63 + 2)), len(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)))
for x in range(big, big + 2):
    print(x - big)
print(range(True), range(1, 10)[True], 3.0 in range(5), "a" in range(3), range(10).index(True))
