"""A small Wordle solver: score guesses, filter candidates, pick the guess
that splits the remaining words best."""
from collections import Counter, defaultdict
from functools import lru_cache

WORDS = """
crane slate trace crate react cater stare tears rates aster arise raise
irate later alter alert plate pleat petal leapt adept taped spade paste
beast feast least yeast toast roast boast coast ghost hoist joist moist
point joint print prink brink drink stink stint flint glint blimp chimp
""".split()


@lru_cache(maxsize=None)
def feedback(guess, answer):
    """'G' green, 'Y' yellow, '.' grey, with repeated letters handled."""
    result = ["."] * 5
    remaining = Counter()
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        else:
            remaining[a] += 1
    for i, g in enumerate(guess):
        if result[i] == "." and remaining[g] > 0:
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)


def filter_words(candidates, guess, pattern):
    return [w for w in candidates if feedback(guess, w) == pattern]


def best_guess(candidates, pool):
    best = None
    for guess in pool:
        buckets = defaultdict(int)
        for answer in candidates:
            buckets[feedback(guess, answer)] += 1
        worst = max(buckets.values())
        score = (worst, -len(buckets), guess not in candidates, guess)
        if best is None or score < best[0]:
            best = (score, guess)
    return best[1]


def solve(answer, first="crane", verbose=True):
    candidates = list(WORDS)
    guess = first
    for turn in range(1, 7):
        pattern = feedback(guess, answer)
        if verbose:
            print(f"  turn {turn}: {guess} {pattern} ({len(candidates)} left)")
        if pattern == "GGGGG":
            return turn
        candidates = filter_words(candidates, guess, pattern)
        if not candidates:
            raise ValueError(f"no candidates left for {answer!r}")
        guess = best_guess(candidates, WORDS)
    return None


if __name__ == "__main__":
    print(feedback("speed", "abide"), feedback("llama", "hello"), feedback("crane", "crane"))
    results = {}
    for answer in ["toast", "glint", "pleat", "chimp", "arise", "moist"]:
        print(answer)
        results[answer] = solve(answer)
    print(results)
    turns = Counter()
    for answer in WORDS:
        turns[solve(answer, verbose=False)] += 1
    print(sorted(turns.items()))
    print("average %.3f" % (sum(k * v for k, v in turns.items()) / len(WORDS)))
    info = feedback.cache_info()
    print(info.hits > 0, info.misses > 0, info.maxsize)
    letter_freq = Counter("".join(WORDS))
    print(letter_freq.most_common(6))
