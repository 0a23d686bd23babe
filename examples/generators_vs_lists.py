# Generators vs lists: a list holds every item at once; a generator makes one item
# at a time, when the consumer asks for it, and keeps only its own paused frame.
# Summing a million numbers through a generator never has more than a few of them
# alive; building the list first has all million on the heap at the peak.
#
# Run: minipy examples/generators_vs_lists.py
import sys

N = 1000000


def generate_numbers(n):
    for i in range(n):
        yield i


class PeakBlocks:
    """Samples sys.getallocatedblocks() and remembers the highest count of blocks
    seen above the count at creation. The int holding that first count is itself a
    block (hence the - 1); the ints of later samples are made after each reading and
    replace the previous ones, so they do not pile up."""

    def __init__(self):
        self.peak = 0
        self.base = sys.getallocatedblocks()

    def sample(self):
        used = sys.getallocatedblocks() - self.base - 1
        if used > self.peak:
            self.peak = used


def sum_of_list(peak):
    numbers = [i for i in range(N)]  # every item exists now
    peak.sample()
    total = 0
    for x in numbers:
        total += x
    return total


def sum_of_generator(peak):
    total = 0
    for x in generate_numbers(N):  # each item exists only while it is used
        total += x
        peak.sample()
    return total


print(f"== summing {N:,} numbers")
list_peak = PeakBlocks()
list_total = sum_of_list(list_peak)
gen_peak = PeakBlocks()
gen_total = sum_of_generator(gen_peak)
print("same total:", list_total == gen_total)
# The list: one block per number above 256 (0..256 are the cached small ints) and
# one for the list. The generator: itself, its range iterator, the current number
# and the running total.
print(f"peak heap blocks, list:      {list_peak.peak:>9,}")
print(f"peak heap blocks, generator: {gen_peak.peak:>9,}")

# The objects themselves: the list's size grows with its length, the generator's
# does not.
print()
print("== sizes (sys.getsizeof)")
numbers = list(range(1000))
print("list of 1,000 items:     ", sys.getsizeof(numbers), "bytes, plus the items")
numbers = None
gen = generate_numbers(N)
print("generator over 1,000,000:", sys.getsizeof(gen), "bytes")
print("  first items on demand: ", next(gen), next(gen), next(gen))

# Generator expressions are the inline form: sum() pulls items one at a time.
print()
print("== generator expressions")
# (`if peak.sample() is None` is always true: it only takes a sample per item.)
peak = PeakBlocks()
total = sum(x * x for x in range(100000) if peak.sample() is None)
print("sum of squares below 100,000:", total)
print("peak heap blocks:", peak.peak)
peak = PeakBlocks()
total = sum([x * x for x in range(100000) if peak.sample() is None])
print("same with a list comprehension, peak heap blocks:", f"{peak.peak:,}")

# A generator is used up after one pass: iterate again and it yields nothing.
print()
print("== single pass")
squares = (x * x for x in range(4))
print("first pass:", list(squares))
print("second pass:", list(squares))
