"""Blackjack: a dealer, three strategies, many seeded shoes."""
import random
from collections import Counter
from enum import Enum


class Suit(Enum):
    SPADES = "♠"
    HEARTS = "♥"
    DIAMONDS = "♦"
    CLUBS = "♣"


class Card:
    __slots__ = ("rank", "suit")
    RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    @property
    def value(self):
        if self.rank == "A":
            return 11
        return 10 if self.rank in "JQK" else int(self.rank)

    def __str__(self):
        return f"{self.rank}{self.suit.value}"

    __repr__ = __str__


class Hand(list):
    @property
    def total(self):
        total = sum(c.value for c in self)
        aces = sum(1 for c in self if c.rank == "A")
        while total > 21 and aces:
            total -= 10
            aces -= 1
        return total

    @property
    def soft(self):
        return any(c.rank == "A" for c in self) and sum(c.value for c in self) - 10 * 0 <= 21 and self.total != sum(1 if c.rank == "A" else c.value for c in self)

    @property
    def blackjack(self):
        return len(self) == 2 and self.total == 21

    def __str__(self):
        return " ".join(map(str, self)) + f" ({self.total}{' soft' if self.soft else ''})"


class Shoe:
    def __init__(self, decks, rng):
        self.cards = [Card(r, s) for _ in range(decks) for s in Suit for r in Card.RANKS]
        rng.shuffle(self.cards)
        self.dealt = 0

    def draw(self):
        self.dealt += 1
        return self.cards.pop()

    def __len__(self):
        return len(self.cards)


def dealer_policy(hand, upcard):
    return hand.total < 17


def mimic_policy(hand, upcard):
    return hand.total < 17


def cautious_policy(hand, upcard):
    return hand.total < 12


def basic_policy(hand, upcard):
    up = upcard.value
    if hand.soft:
        return hand.total < 18 or (hand.total == 18 and up >= 9)
    if hand.total <= 11:
        return True
    if hand.total == 12:
        return up < 4 or up > 6
    if hand.total <= 16:
        return up >= 7
    return False


def play_round(shoe, policy, verbose=False):
    player, dealer = Hand(), Hand()
    for _ in range(2):
        player.append(shoe.draw())
        dealer.append(shoe.draw())
    upcard = dealer[0]
    if player.blackjack or dealer.blackjack:
        outcome = "push" if player.blackjack and dealer.blackjack else "blackjack" if player.blackjack else "lose"
    else:
        while policy(player, upcard):
            player.append(shoe.draw())
        if player.total > 21:
            outcome = "bust"
        else:
            while dealer_policy(dealer, upcard):
                dealer.append(shoe.draw())
            if dealer.total > 21 or player.total > dealer.total:
                outcome = "win"
            elif player.total == dealer.total:
                outcome = "push"
            else:
                outcome = "lose"
    if verbose:
        print(f"  player {str(player):<28} dealer {str(dealer):<28} -> {outcome}")
    return outcome


PAYOUT = {"win": 1, "blackjack": 1.5, "push": 0, "lose": -1, "bust": -1}

rng = random.Random(21)
shoe = Shoe(1, rng)
print("sample rounds:")
while len(shoe) > 15:
    play_round(shoe, basic_policy, verbose=True)
print(f"cards dealt {shoe.dealt}, left {len(shoe)}")

for name, policy in [("mimic dealer", mimic_policy), ("never bust", cautious_policy), ("basic strategy", basic_policy)]:
    rng = random.Random(2024)
    results = Counter()
    bankroll = 0.0
    for _ in range(60):
        shoe = Shoe(2, rng)
        while len(shoe) > 20:
            outcome = play_round(shoe, policy)
            results[outcome] += 1
            bankroll += PAYOUT[outcome]
    hands = sum(results.values())
    print(f"{name:<15} hands={hands} " + " ".join(f"{k}={results[k]}" for k in sorted(results)) + f" net={bankroll:+.1f} edge={bankroll / hands:+.2%}")
