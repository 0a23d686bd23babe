"""Vote counting with collections: Counter, defaultdict, OrderedDict, ChainMap, deque."""
from collections import Counter, defaultdict, OrderedDict, ChainMap, deque, namedtuple
import random

Ballot = namedtuple("Ballot", "precinct ranking")

CANDIDATES = ["Alvarez", "Baker", "Chen", "Dubois"]


def make_ballots(n, seed):
    rng = random.Random(seed)
    weights = [0.34, 0.30, 0.22, 0.14]
    ballots = []
    for i in range(n):
        first = rng.choices(CANDIDATES, weights)[0]
        rest = [c for c in CANDIDATES if c != first]
        rng.shuffle(rest)
        ranking = [first] + rest[: rng.randint(0, 3)]
        ballots.append(Ballot(f"P{rng.randint(1, 4)}", tuple(ranking)))
    return ballots


def plurality(ballots):
    return Counter(b.ranking[0] for b in ballots)


def instant_runoff(ballots):
    remaining = set(CANDIDATES)
    rounds = []
    while True:
        tally = Counter()
        exhausted = 0
        for b in ballots:
            choice = next((c for c in b.ranking if c in remaining), None)
            if choice is None:
                exhausted += 1
            else:
                tally[choice] += 1
        total = sum(tally.values())
        rounds.append((OrderedDict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))), exhausted))
        leader, votes = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
        if votes * 2 > total or len(remaining) == 1:
            return leader, rounds
        lowest = min(tally[c] for c in remaining)
        loser = sorted(c for c in remaining if tally[c] == lowest)[0]
        remaining.discard(loser)


def main():
    ballots = make_ballots(500, seed=2024)
    first = plurality(ballots)
    print("first preferences:", first.most_common())
    print("top two:", first.most_common(2), "total", first.total())
    by_precinct = defaultdict(Counter)
    for b in ballots:
        by_precinct[b.precinct][b.ranking[0]] += 1
    for p in sorted(by_precinct):
        c = by_precinct[p]
        winner, votes = c.most_common(1)[0]
        print(f"  {p}: {dict(sorted(c.items()))} -> {winner} ({votes / sum(c.values()):.1%})")
    combined = sum(by_precinct.values(), Counter())
    print("combined equals total:", combined == first)
    print("P1 minus P2:", +(by_precinct["P1"] - by_precinct["P2"]), (by_precinct["P1"] & by_precinct["P2"])["Chen"])
    print()
    winner, rounds = instant_runoff(ballots)
    for i, (tally, exhausted) in enumerate(rounds, 1):
        print(f"round {i}: " + ", ".join(f"{k}={v}" for k, v in tally.items()) + f" (exhausted {exhausted})")
    print("IRV winner:", winner)
    print()
    lengths = Counter(len(b.ranking) for b in ballots)
    print("ranking lengths:", sorted(lengths.elements())[:5], sorted(lengths.items()))
    pairs = Counter()
    for b in ballots:
        for a, c in zip(b.ranking, b.ranking[1:]):
            pairs[a, c] += 1
    print("common transfers:", pairs.most_common(3))
    words = Counter("the rain in spain stays mainly in the plain".split())
    words.update(["rain", "rain"])
    words.subtract({"the": 1})
    print(words.most_common(3), words["nothing"], len(words))
    print()
    defaults = {"turnout_goal": 0.6, "recount_margin": 0.005, "observer": None}
    region = {"recount_margin": 0.01}
    cli = {"observer": "J. Smith"}
    settings = ChainMap(cli, region, defaults)
    print(dict(settings), settings["recount_margin"], settings.maps[1])
    local = settings.new_child({"turnout_goal": 0.75})
    local["observer"] = "K. Jones"
    print(local["turnout_goal"], local["observer"], settings["observer"], len(local), list(local.parents.maps[0]))
    od = OrderedDict.fromkeys("edcba", 0)
    od.move_to_end("c")
    od.move_to_end("a", last=False)
    print(list(od), od.popitem(), od.popitem(last=False), od)
    recent = deque(maxlen=3)
    for b in ballots[:7]:
        recent.append(b.ranking[0])
    recent.rotate(1)
    print(recent, recent.maxlen, recent.count("Baker"))
    counts = defaultdict(list)
    for b in ballots[:12]:
        counts[len(b.ranking)].append(b.precinct)
    print(sorted(counts.items()), counts.default_factory.__name__)


main()
