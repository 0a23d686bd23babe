# random.Random subclasses: overriding random() or getrandbits() changes what the
# other methods draw, exactly as in CPython
import random
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed(1)
print(f.randint(1, 100), f.choice('abcdef'), f.uniform(0, 10), f.randrange(10))
class Bits(random.Random):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0
b = Bits(2)
print(b.randint(0, 10), b.randrange(100), b.random())
class Counted(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counted.calls += 1
        return super().getrandbits(k)
c = Counted(5)
print([c.randint(1, 6) for _ in range(10)], Counted.calls)
print(random.Random._randbelow is random.Random._randbelow_with_getrandbits)
class Seeded(random.Random):
    def __init__(self, tag):
        self.tag = tag
        super().__init__(len(tag))
s = Seeded("abcd")
print(s.tag, s.random() == random.Random(4).random(), vars(s).keys() >= {"tag"})
s.seed(10)
print(s.getstate()[0], s.randint(1, 1000) == random.Random(10).randint(1, 1000))
print(isinstance(s, random.Random), type(s).__mro__[1:])
