# Lists and dicts: appends, indexing, string keys, dict updates and iteration.
def main():
    words = ["w" + str(i % 1000) for i in range(200_000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    squares = []
    for i in range(300_000):
        squares.append(i * i)
    total = 0
    for k, v in counts.items():
        total += v * len(k)
    evens = [x for x in squares if x % 2 == 0]
    index = {}
    for i, x in enumerate(evens[:50_000]):
        index[x] = i
    return total, len(evens), sum(index.values()) % 1000003, squares[-1]

print(main())
