# random: shuffle, sample and choices reproduce CPython for many seeds and sizes
import random

for seed in range(12):
    r = random.Random(seed)
    items = list(range(seed + 3))
    r.shuffle(items)
    print(seed, items, r.sample(range(50), 4), r.choices("abcde", k=4), r.choice(items))

r = random.Random(777)
big = list(range(1000))
r.shuffle(big)
print(big[:10], big[-10:], sum(big[:500]))
print(r.sample(range(10**9), 8))
print(r.sample(list(range(40)), 30)[:10])
print(sorted(r.sample(range(200), 150))[:5])
print(r.choices(range(5), weights=[5, 4, 3, 2, 1], k=20))
print(r.choices(["x", "y"], cum_weights=[0.25, 1.0], k=10))
weights = [0.1] * 10
print(r.choices(range(10), weights, k=10))

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
dealer = random.Random("poker night")
dealer.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)

rr = random.Random(8)
print([rr.randrange(0, 100, 10) for _ in range(8)], [rr.randint(-3, 3) for _ in range(8)])
print([round(rr.uniform(-1, 1), 6) for _ in range(4)], [rr.getrandbits(3) for _ in range(10)])
state = rr.getstate()
seq1 = rr.sample(range(100), 10)
rr.setstate(state)
print(seq1 == rr.sample(range(100), 10))
