"""A stock portfolio: FIFO tax lots, realised and unrealised gains, dividends and a report."""
from collections import defaultdict, deque
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
CENTS = D("0.01")

TRADES = """
2023-01-05 BUY  ACME 100 12.50
2023-02-10 BUY  ACME  50 14.00
2023-03-01 BUY  GLOBX 20 101.25
2023-04-15 DIV  ACME  0  0.35
2023-06-30 SELL ACME 120 15.75
2023-07-01 SPLIT GLOBX 2 0
2023-08-20 BUY  INIT  10 55.00
2023-09-12 SELL GLOBX 15 60.10
2023-10-01 DIV  GLOBX 0  0.40
2023-11-30 SELL INIT   8 57.00
2023-12-29 SELL ACME  30 11.10
"""

PRICES = {"ACME": D("13.40"), "GLOBX": D("58.75"), "INIT": D("61.20")}


class PortfolioError(Exception):
    pass


class Lot:
    __slots__ = ("bought", "qty", "cost")

    def __init__(self, bought, qty, cost):
        self.bought, self.qty, self.cost = bought, qty, cost

    def __repr__(self):
        return f"Lot({self.bought}, {self.qty} @ {self.cost})"


class Portfolio:
    def __init__(self):
        self.lots = defaultdict(deque)
        self.realised = []
        self.dividends = defaultdict(D)

    def holding(self, sym):
        return sum(l.qty for l in self.lots[sym])

    def apply(self, when, kind, sym, qty, price):
        if kind == "BUY":
            self.lots[sym].append(Lot(when, qty, price))
        elif kind == "SELL":
            if qty > self.holding(sym):
                raise PortfolioError(f"{when}: cannot sell {qty} {sym}, holding {self.holding(sym)}")
            left = qty
            while left:
                lot = self.lots[sym][0]
                take = min(left, lot.qty)
                gain = (price - lot.cost) * take
                held = (when - lot.bought).days
                self.realised.append((when, sym, take, lot.cost, price, gain, held > 365))
                lot.qty -= take
                left -= take
                if not lot.qty:
                    self.lots[sym].popleft()
        elif kind == "DIV":
            self.dividends[sym] += (price * self.holding(sym)).quantize(CENTS)
        elif kind == "SPLIT":
            for lot in self.lots[sym]:
                lot.qty *= qty
                lot.cost = (lot.cost / qty).quantize(D("0.0001"))
        else:
            raise PortfolioError(f"unknown trade kind {kind!r}")


def parse(text):
    for line in text.strip().splitlines():
        day, kind, sym, qty, price = line.split()
        yield date.fromisoformat(day), kind, sym, int(qty), D(price)


def money(x):
    x = x.quantize(CENTS, rounding=ROUND_HALF_UP)
    return f"{'-' if x < 0 else ' '}${abs(x):,.2f}"


def main():
    pf = Portfolio()
    for trade in parse(TRADES):
        pf.apply(*trade)
    try:
        pf.apply(date(2024, 1, 2), "SELL", "ACME", 1000, D("1"))
    except PortfolioError as e:
        print("refused:", e)
    try:
        pf.apply(date(2024, 1, 2), "SHORT", "ACME", 1, D("1"))
    except PortfolioError as e:
        print("refused:", e)
    print()
    print(f"{'date':<11}{'sym':<6}{'qty':>5}{'cost':>10}{'price':>9}{'gain':>12}  term")
    for when, sym, qty, cost, price, gain, long in pf.realised:
        print(f"{when!s:<11}{sym:<6}{qty:>5}{cost:>10}{price:>9}{money(gain):>12}  {'long' if long else 'short'}")
    total_realised = sum(r[5] for r in pf.realised)
    print(f"{'realised':<41}{money(total_realised):>12}")
    print()
    print("open positions:")
    total_value = total_cost = D(0)
    for sym in sorted(pf.lots):
        qty = pf.holding(sym)
        if not qty:
            continue
        cost = sum(l.qty * l.cost for l in pf.lots[sym])
        value = qty * PRICES[sym]
        total_value += value
        total_cost += cost
        pct = (value - cost) / cost * 100
        print(f"  {sym:<6}{qty:>5} lots={list(pf.lots[sym])} value {money(value)} unrealised {money(value - cost)} ({pct:+.2f}%)")
    print(f"  portfolio value {money(total_value)}, unrealised {money(total_value - total_cost)}")
    print("dividends:", {k: str(v) for k, v in sorted(pf.dividends.items())}, "total", sum(pf.dividends.values()))
    weights = {sym: pf.holding(sym) * PRICES[sym] / total_value for sym in pf.lots if pf.holding(sym)}
    for sym, w in sorted(weights.items(), key=lambda kv: -kv[1]):
        print(f"  {sym:<6} {w:7.2%} {'#' * int(w * 40)}")


main()
