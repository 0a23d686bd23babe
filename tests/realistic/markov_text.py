"""Generate pseudo-text with a Markov chain (seeded, so the output is reproducible)."""
import random
import re
import textwrap
from collections import defaultdict, Counter
from bisect import bisect
from itertools import accumulate

CORPUS = """
Alice was beginning to get very tired of sitting by her sister on the bank, and of
having nothing to do: once or twice she had peeped into the book her sister was
reading, but it had no pictures or conversations in it, 'and what is the use of a
book,' thought Alice 'without pictures or conversations?' So she was considering in
her own mind (as well as she could, for the hot day made her feel very sleepy and
stupid), whether the pleasure of making a daisy-chain would be worth the trouble of
getting up and picking the daisies, when suddenly a White Rabbit with pink eyes ran
close by her. There was nothing so very remarkable in that; nor did Alice think it so
very much out of the way to hear the Rabbit say to itself, 'Oh dear! Oh dear! I shall
be late!' But when the Rabbit actually took a watch out of its waistcoat-pocket, and
looked at it, and then hurried on, Alice started to her feet.
"""


class MarkovChain:
    def __init__(self, order=2, seed=None):
        self.order = order
        self.table = defaultdict(Counter)
        self.rng = random.Random(seed)
        self.starts = []

    def train(self, text):
        words = re.findall(r"[\w'-]+[.,;:!?)]*|\(", text)
        for i in range(len(words) - self.order):
            key = tuple(words[i:i + self.order])
            self.table[key][words[i + self.order]] += 1
            if i == 0 or words[i - 1][-1] in ".!?":
                self.starts.append(key)
        return len(words)

    def choose(self, counter):
        items = sorted(counter.items())
        cum = list(accumulate(n for _, n in items))
        r = self.rng.random() * cum[-1]
        return items[bisect(cum, r)][0]

    def generate(self, max_words=60):
        key = self.rng.choice(self.starts)
        out = list(key)
        while len(out) < max_words:
            nxt = self.table.get(tuple(out[-self.order:]))
            if not nxt:
                break
            out.append(self.choose(nxt))
            if out[-1][-1] in ".!?" and len(out) > max_words // 2:
                break
        return " ".join(out)

    def stats(self):
        branching = [len(c) for c in self.table.values()]
        return {
            "states": len(self.table),
            "max_branching": max(branching),
            "deterministic": sum(1 for b in branching if b == 1),
            "mean_branching": round(sum(branching) / len(branching), 3),
        }


for order in (1, 2, 3):
    chain = MarkovChain(order=order, seed=1865)
    n = chain.train(CORPUS)
    print(f"order {order}: {n} words, {chain.stats()}")
    for _ in range(2):
        print(textwrap.fill(chain.generate(), width=72, initial_indent="  ", subsequent_indent="  "))
    busiest = max(chain.table.items(), key=lambda kv: (sum(kv[1].values()), kv[0]))
    print("  busiest state:", busiest[0], dict(busiest[1].most_common(3)))

rng = random.Random(7)
letters = Counter(rng.choice("abc") for _ in range(1000))
print(sorted(letters.items()), rng.randint(1, 6), rng.sample(["x", "y", "z", "w"], k=2))
print(round(rng.gauss(10, 2), 6), round(rng.normalvariate(0, 1), 6), round(rng.lognormvariate(0, 0.5), 6))
print(round(rng.vonmisesvariate(1, 2), 6), round(rng.gammavariate(2, 3), 6), round(rng.paretovariate(3), 6), round(rng.weibullvariate(1, 1.5), 6))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], rng.randbytes(6).hex(), rng.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 100], k=5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.seed("a string seed")
random.shuffle(deck)
print(deck[:8], random.random())
random.seed(12345, version=2)
print([random.randrange(10) for _ in range(12)], random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "n/a")
