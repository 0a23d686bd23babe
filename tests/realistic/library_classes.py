"""A library's catalogue as a class hierarchy with properties, slots and dunder methods."""
from functools import total_ordering
import itertools


class Item:
    _ids = itertools.count(1)
    kind = "item"
    code = "IT"

    def __init__(self, title, year, *creators, **extra):
        self.id = next(self._ids)
        self.title = title
        self.year = year
        self.creators = list(creators)
        self.extra = extra
        self._loans = 0

    def __init_subclass__(cls, /, code=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.code = code or cls.__name__[:2].upper()

    @property
    def label(self):
        who = ", ".join(self.creators) or "anon."
        return f"{self.code}{self.id:03d} {self.title} ({self.year}) by {who}"

    @property
    def loans(self):
        return self._loans

    @loans.setter
    def loans(self, value):
        if value < 0:
            raise ValueError("loans cannot be negative")
        self._loans = value

    @loans.deleter
    def loans(self):
        self._loans = 0

    def __repr__(self):
        args = [repr(self.title), repr(self.year), *map(repr, self.creators)]
        args += [f"{k}={v!r}" for k, v in self.extra.items()]
        return f"{type(self).__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.title, self.year) == (other.title, other.year)

    def __hash__(self):
        return hash((self.title, self.year))

    @classmethod
    def from_record(cls, record):
        title, year, *people = record.split("|")
        return cls(title.strip(), int(year), *[p.strip() for p in people])

    @staticmethod
    def normalise(title):
        return " ".join(w.capitalize() if len(w) > 3 else w for w in title.split())


class Book(Item, code="BK"):
    kind = "book"

    def __init__(self, title, year, *authors, pages=0, **extra):
        super().__init__(title, year, *authors, **extra)
        self.pages = pages


class Audiobook(Book):
    kind = "audio"

    def __init__(self, *args, minutes, **kw):
        super().__init__(*args, **kw)
        self.minutes = minutes

    @property
    def label(self):
        h, m = divmod(self.minutes, 60)
        return super().label + f" [{h}h{m:02d}m]"


class Dvd(Item):
    kind = "dvd"


@total_ordering
class Shelfmark:
    __slots__ = ("section", "number")

    def __init__(self, section, number):
        self.section = section
        self.number = number

    def __eq__(self, other):
        return (self.section, self.number) == (other.section, other.number)

    def __lt__(self, other):
        return (self.section, self.number) < (other.section, other.number)

    def __repr__(self):
        return "%s.%d" % (self.section, self.number)


items = [
    Book("the hobbit", 1937, "J. R. R. Tolkien", pages=310),
    Book.from_record("Good Omens | 1990 | Terry Pratchett | Neil Gaiman"),
    Audiobook("Dune", 1965, "Frank Herbert", minutes=1260, narrator="Scott Brick"),
    Dvd("Metropolis", 1927, "Fritz Lang", region=2),
    Item("Untitled map", 1802),
]
for it in items:
    print(f"{it.kind:<6}{it.label}")
print([repr(i) for i in items[2:4]])
print(Book.code, Audiobook.code, Dvd.code, Item.__dict__.get("code"), Audiobook.__mro__[1].__name__)
print(Item.normalise("the lord of the rings"), items[0].normalise("a tale of two cities"))
print(Book("Dune", 1965) == items[2], items[0] != items[1], items[0] == "the hobbit")
print(len({*items, Book("Dune", 1965)}))
items[0].loans += 3
print(items[0].loans)
try:
    items[0].loans = -1
except ValueError as e:
    print("ValueError:", e)
del items[0].loans
print(items[0].loans, vars(items[3]))
marks = [Shelfmark("B", 12), Shelfmark("A", 7), Shelfmark("B", 2), Shelfmark("A", 30)]
print(sorted(marks), max(marks), Shelfmark("A", 1) >= Shelfmark("A", 1), Shelfmark("C", 0) <= Shelfmark("B", 9))
try:
    marks[0].shelf = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(marks[0], "__dict__"), Shelfmark.__slots__)
print(isinstance(items[2], Book), issubclass(Audiobook, Item), type(items[2]).__bases__)
by_kind = {}
for it in items:
    by_kind.setdefault(it.kind, []).append(it.title)
print(by_kind)
print(sorted(items, key=lambda i: (-i.year, i.title))[0].title)
print(Audiobook.label.fget.__name__, type(Item.__dict__["from_record"]).__name__, type(Item.__dict__["normalise"]).__name__)
print(Item.__init_subclass__.__name__, Book.__init__.__qualname__)
print(super(Audiobook, items[2]).label)
