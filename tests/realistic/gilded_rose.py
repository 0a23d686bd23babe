"""The Gilded Rose refactoring kata: item quality rules expressed with small
strategy classes chosen by a registry, run over thirty days."""
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    sell_in: int
    quality: int

    def __repr__(self):
        return f"{self.name}, {self.sell_in}, {self.quality}"


class Rule:
    registry = []

    def __init_subclass__(cls, prefix=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if prefix is not None:
            Rule.registry.append((prefix, cls))

    @classmethod
    def for_item(cls, item):
        for prefix, rule in cls.registry:
            if item.name.startswith(prefix):
                return rule()
        return Normal()

    def age(self, item):
        item.sell_in -= 1

    def clamp(self, item):
        item.quality = max(0, min(50, item.quality))

    def update(self, item):
        self.age(item)
        self.adjust(item)
        self.clamp(item)

    def adjust(self, item):
        raise NotImplementedError


class Normal(Rule):
    def adjust(self, item):
        item.quality -= 1 if item.sell_in >= 0 else 2


class Brie(Rule, prefix="Aged Brie"):
    def adjust(self, item):
        item.quality += 1 if item.sell_in >= 0 else 2


class Legendary(Rule, prefix="Sulfuras"):
    def update(self, item):
        pass


class Pass(Rule, prefix="Backstage passes"):
    def adjust(self, item):
        if item.sell_in < 0:
            item.quality = 0
        elif item.sell_in < 5:
            item.quality += 3
        elif item.sell_in < 10:
            item.quality += 2
        else:
            item.quality += 1


class Conjured(Rule, prefix="Conjured"):
    def adjust(self, item):
        item.quality -= 2 if item.sell_in >= 0 else 4


class Shop:
    def __init__(self, items):
        self.items = items
        self.rules = [Rule.for_item(i) for i in items]

    def update_quality(self):
        for rule, item in zip(self.rules, self.items):
            rule.update(item)


if __name__ == "__main__":
    items = [
        Item("+5 Dexterity Vest", 10, 20),
        Item("Aged Brie", 2, 0),
        Item("Elixir of the Mongoose", 5, 7),
        Item("Sulfuras, Hand of Ragnaros", 0, 80),
        Item("Sulfuras, Hand of Ragnaros", -1, 80),
        Item("Backstage passes to a TAFKAL80ETC concert", 15, 20),
        Item("Backstage passes to a TAFKAL80ETC concert", 10, 49),
        Item("Backstage passes to a TAFKAL80ETC concert", 5, 49),
        Item("Conjured Mana Cake", 3, 6),
    ]
    print([name for name, _ in Rule.registry])
    print([type(r).__name__ for r in Shop(items).rules])
    shop = Shop(items)
    for day in range(31):
        if day in (0, 1, 2, 5, 10, 11, 15, 30):
            print(f"-------- day {day} --------")
            print("name, sellIn, quality")
            for item in items:
                print(item)
            print()
        shop.update_quality()
    print(Item("x", 1, 2) == Item("x", 1, 2), Item("x", 1, 2))
    try:
        Rule().update(Item("y", 1, 1))
    except NotImplementedError:
        print("abstract rule refused")
