# Sorting: stability, key and reverse, mixed numerics, errors, and sort-time mutation.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[0])
by_age.sort(key=lambda p: p[1])
print(by_age)
print(sorted([3, 1.5, 2, True, -1, 0.0, False]), sorted([1, 1.0, True]), sorted([1.0, 1, True]))
print(sorted("Hello World"), sorted("bBaA", key=str.lower), sorted(["b", "B", "a", "A"]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(range(10), key=lambda v: v % 3), sorted(range(5), reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), sorted(set([5, 3, 9, 1])))
nums = [5, 2, 8, 1]
print(nums.sort(), nums, sorted(nums, key=None), nums.sort(reverse=True), nums)
for bad in ([1, "a"], [None, 1], [[1], (1,)], [{}, {}]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sorted([3, 2, 1], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
class Rec:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"R{self.v}"
print(sorted([Rec(3), Rec(1), Rec(2)]), max([Rec(3), Rec(5)]), min(Rec(2), Rec(1)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]))
lst = [3, 1, 2]
def peek(v):
    print("during sort list is", lst)
    return v
lst.sort(key=peek)
print(lst)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted([-0.0, 0.0, -1.5, 1e300, -1e300]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted([0.1, 0.01, 1e-5, 3, 2 ** 70, -(2 ** 80)]))
print(list(reversed(sorted("banana"))), sorted("banana", reverse=True))
