"""A simple card game (blackjack-ish and war) using enums and a seeded RNG."""
import random
from enum import Enum, IntEnum
from collections import Counter
from itertools import product


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def color(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5
    SIX = 6
    SEVEN = 7
    EIGHT = 8
    NINE = 9
    TEN = 10
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    @property
    def short(self):
        return {11: "J", 12: "Q", 13: "K", 14: "A"}.get(self.value, str(self.value))

    @property
    def points(self):
        if self is Rank.ACE:
            return 11
        return min(self.value, 10)


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"{self.rank.short}{self.suit.value}"

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return (self.rank, list(Suit).index(self.suit)) < (other.rank, list(Suit).index(other.suit))

    def __hash__(self):
        return hash((self.rank, self.suit))


class Deck:
    def __init__(self, rng):
        self.rng = rng
        self.cards = [Card(r, s) for s, r in product(Suit, Rank)]

    def shuffle(self):
        self.rng.shuffle(self.cards)

    def deal(self, n=1):
        if n > len(self.cards):
            raise IndexError("not enough cards")
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

    def __len__(self):
        return len(self.cards)


def hand_value(hand):
    total = sum(c.rank.points for c in hand)
    aces = sum(1 for c in hand if c.rank is Rank.ACE)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def play_blackjack(rng, rounds=5):
    results = Counter()
    for rnd in range(1, rounds + 1):
        deck = Deck(rng)
        deck.shuffle()
        player, dealer = deck.deal(2), deck.deal(2)
        while hand_value(player) < 17:
            player += deck.deal()
        while hand_value(dealer) < 17 and hand_value(player) <= 21:
            dealer += deck.deal()
        p, d = hand_value(player), hand_value(dealer)
        if p > 21:
            outcome = "bust"
        elif d > 21 or p > d:
            outcome = "win"
        elif p == d:
            outcome = "push"
        else:
            outcome = "lose"
        results[outcome] += 1
        print(f"round {rnd}: player {player} = {p:>2} | dealer {dealer} = {d:>2} -> {outcome}")
    return results


def play_war(rng, max_turns=200):
    deck = Deck(rng)
    deck.shuffle()
    a, b = deck.deal(26), deck.deal(26)
    turns = wars = 0
    while a and b and turns < max_turns:
        turns += 1
        pile = [a.pop(0), b.pop(0)]
        while pile[-2].rank == pile[-1].rank:
            wars += 1
            if len(a) < 2 or len(b) < 2:
                break
            pile += [a.pop(0), b.pop(0), a.pop(0), b.pop(0)]
        rng.shuffle(pile)
        if pile and max(pile[-2:], key=lambda c: c.rank) in a[-0:] + pile[-2:-1]:
            pass
        winner = a if pile[-2].rank > pile[-1].rank else b
        winner.extend(pile)
    return turns, wars, len(a), len(b)


def poker_rank(hand):
    ranks = sorted((c.rank for c in hand), reverse=True)
    counts = Counter(ranks)
    shape = sorted(counts.values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    straight = len(counts) == 5 and ranks[0] - ranks[-1] == 4
    if straight and flush:
        return "straight flush"
    if shape == [4, 1]:
        return "four of a kind"
    if shape == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if shape == [3, 1, 1]:
        return "three of a kind"
    if shape == [2, 2, 1]:
        return "two pair"
    if shape == [2, 1, 1, 1]:
        return "pair"
    return "high card"


rng = random.Random(2024)
deck = Deck(rng)
print(len(deck), deck.cards[:5], deck.cards[-3:])
deck.shuffle()
print("shuffled top 8:", deck.deal(8), "left:", len(deck))
print("sorted hand:", sorted(deck.deal(6)))
try:
    deck.deal(100)
except IndexError as e:
    print("IndexError:", e)

print(play_blackjack(rng, 6))
print("war:", play_war(random.Random(7)))

stats = Counter()
prng = random.Random(99)
for _ in range(300):
    d = Deck(prng)
    stats[poker_rank(prng.sample(d.cards, 5))] += 1
for name, n in stats.most_common():
    print(f"{name:<16}{n:>4}")

print(Rank.ACE > Rank.KING, Rank(12), Rank["TEN"].points, [s.color for s in Suit], Suit("♥").name)
print(rng.randint(1, 6), rng.choice("abc"), round(rng.random(), 6), rng.randrange(0, 100, 5))
print(rng.sample(range(100), 5), round(rng.uniform(1, 2), 6), round(rng.gauss(0, 1), 6))
print(rng.choices(["x", "y", "z"], weights=[5, 1, 1], k=8), len({Card(Rank.TWO, Suit.CLUBS), Card(Rank.TWO, Suit.CLUBS)}))
