# Counting into a Counter, or into a dict subclass: subclasses that override get or
# __setitem__ see every element go through their methods; others count directly.
from collections import Counter, _count_elements


class Loud(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


class Defaulting(dict):
    def get(self, key, default=None):
        return super().get(key, 10)


class Plain(dict):
    pass


for mapping in (Loud(), Defaulting(), Plain(), {}):
    _count_elements(mapping, "abca")
    print(type(mapping).__name__, sorted(mapping.items()))

words = "the cat and the dog and the bird".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["fish"], len(c))
c.update(w for w in words if len(w) == 3)
print(sorted(c.items()))


class Tally(Counter):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


print(sorted(Tally("abba").items()))
