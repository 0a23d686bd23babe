"""Library catalog modelled with dataclasses, enums and typing."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, Flag, auto
from typing import NamedTuple, Optional, Iterator
from functools import total_ordering
from collections import Counter
from datetime import date, timedelta


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"
    POETRY = "poetry"


class Format(Flag):
    PRINT = auto()
    EBOOK = auto()
    AUDIO = auto()
    DIGITAL = EBOOK | AUDIO


class Isbn(NamedTuple):
    prefix: int
    group: int
    publisher: int
    title: int
    check: int

    def __str__(self):
        return "-".join(str(p) for p in self)


@dataclass(order=True, frozen=True)
class Author:
    last: str
    first: str

    @property
    def display(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Book:
    title: str
    author: Author
    genre: Genre
    year: int
    formats: Format = Format.PRINT
    isbn: Optional[Isbn] = None
    tags: list[str] = field(default_factory=list)
    copies: int = field(default=1, repr=False)

    def __post_init__(self):
        if self.year < 1400:
            raise ValueError(f"implausible year {self.year} for {self.title!r}")


@total_ordering
class Loan:
    def __init__(self, book: Book, who: str, start: date, days: int = 14):
        self.book, self.who, self.start = book, who, start
        self.due = start + timedelta(days=days)

    def __eq__(self, other):
        return (self.due, self.book.title) == (other.due, other.book.title)

    def __lt__(self, other):
        return (self.due, self.book.title) < (other.due, other.book.title)

    def __repr__(self):
        return f"Loan({self.book.title!r}, {self.who!r}, due={self.due.isoformat()})"


BOOKS = [
    Book("Dune", Author("Herbert", "Frank"), Genre.FICTION, 1965, Format.PRINT | Format.EBOOK,
         Isbn(978, 0, 441, 17271, 9), ["classic", "space"]),
    Book("Cosmos", Author("Sagan", "Carl"), Genre.SCIENCE, 1980, Format.PRINT | Format.AUDIO,
         tags=["space"]),
    Book("SPQR", Author("Beard", "Mary"), Genre.HISTORY, 2015, Format.DIGITAL | Format.PRINT),
    Book("Ariel", Author("Plath", "Sylvia"), Genre.POETRY, 1965, copies=3),
    Book("Contact", Author("Sagan", "Carl"), Genre.FICTION, 1985, Format.EBOOK, tags=["space"]),
]


def by_format(fmt: Format) -> Iterator[Book]:
    return (b for b in BOOKS if fmt in b.formats)


print(BOOKS[0])
print(str(BOOKS[0].isbn), BOOKS[0].isbn._asdict())
print(sorted({b.author for b in BOOKS}))
print([a.display for a in sorted({b.author for b in BOOKS}, reverse=True)])
print("digital:", [b.title for b in by_format(Format.EBOOK)])
print("audio:", [b.title for b in by_format(Format.AUDIO)])
print(Format.DIGITAL, Format.PRINT | Format.AUDIO, ~Format.PRINT)
print(Counter(b.genre.value for b in BOOKS).most_common())
print(Counter(t for b in BOOKS for t in b.tags))

try:
    Book("Beowulf", Author("Unknown", "?"), Genre.POETRY, 1000)
except ValueError as e:
    print("rejected:", e)

second = replace(BOOKS[1], title="Pale Blue Dot", year=1994)
print(second.title, second.year, second.author == BOOKS[1].author)
print(astuple(BOOKS[3])[:4])

def encode(obj):
    if isinstance(obj, Enum):
        return obj.name if isinstance(obj, Flag) else obj.value
    raise TypeError(type(obj).__name__)

print(json.dumps(asdict(BOOKS[0]), indent=2, sort_keys=True, default=encode))

start = date(2024, 2, 20)
loans = [Loan(BOOKS[i], who, start + timedelta(days=d), days)
         for i, who, d, days in [(0, "ann", 0, 14), (1, "bob", 3, 7), (2, "cy", 1, 21), (4, "ann", 10, 7)]]
for loan in sorted(loans):
    overdue = (date(2024, 3, 10) - loan.due).days
    state = f"overdue by {overdue} days" if overdue > 0 else f"due in {-overdue} days"
    print(f"{loan!r:<50} {loan.due:%a %d %b}  {state}")
print(min(loans), max(loans) > min(loans), loans[0] <= loans[1])
try:
    Author("X", "Y").last = "Z"
except Exception as e:
    print(type(e).__name__, e)
