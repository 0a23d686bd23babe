"""A library lending system: members, books, loans, fines, and reports."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from collections import defaultdict
from functools import total_ordering
import itertools


class Genre(Enum):
    FICTION = "Fiction"
    SCIENCE = "Science"
    HISTORY = "History"
    KIDS = "Children"


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


@total_ordering
@dataclass(eq=False)
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1
    _ids = itertools.count(1)

    def __post_init__(self):
        self.id = next(Book._ids)

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __lt__(self, other):
        return (self.author.split()[-1], self.title) < (other.author.split()[-1], other.title)

    def __hash__(self):
        return hash(self.isbn)


@dataclass
class Member:
    name: str
    kind: str = "adult"
    loans: list = field(default_factory=list)
    fines: float = 0.0

    @property
    def limit(self):
        return {"adult": 3, "child": 2, "staff": 10}[self.kind]


@dataclass
class Loan:
    book: Book
    member: Member
    out: date
    due: date
    returned: date | None = None

    def overdue_days(self, today):
        end = self.returned or today
        return max(0, (end - self.due).days)


class Library:
    FINE_PER_DAY = 0.25
    LOAN_DAYS = {"adult": 21, "child": 14, "staff": 42}

    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []

    def add_book(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def available(self, isbn):
        out = sum(1 for l in self.loans if l.book.isbn == isbn and l.returned is None)
        return self.books[isbn].copies - out

    def checkout(self, member_name, isbn, today):
        m = self.members[member_name]
        book = self.books[isbn]
        active = [l for l in m.loans if l.returned is None]
        if len(active) >= m.limit:
            raise LimitReached(f"{m.name} already has {len(active)} books (limit {m.limit})")
        if m.fines > 5:
            raise LibraryError(f"{m.name} owes ${m.fines:.2f}")
        if self.available(isbn) <= 0:
            raise NotAvailable(f"no copies of {book.title!r} left")
        loan = Loan(book, m, today, today + timedelta(days=self.LOAN_DAYS[m.kind]))
        self.loans.append(loan)
        m.loans.append(loan)
        return loan

    def checkin(self, member_name, isbn, today):
        m = self.members[member_name]
        for loan in m.loans:
            if loan.book.isbn == isbn and loan.returned is None:
                loan.returned = today
                fine = loan.overdue_days(today) * self.FINE_PER_DAY
                m.fines += fine
                return fine
        raise LibraryError(f"{m.name} does not have {isbn}")

    def report(self, today):
        by_genre = defaultdict(list)
        for b in sorted(self.books.values()):
            by_genre[b.genre].append(b)
        for genre in Genre:
            if genre not in by_genre:
                continue
            print(f"[{genre.value}]")
            for b in by_genre[genre]:
                print(f"  #{b.id:<3}{b.title:<32}{b.author:<22}{self.available(b.isbn)}/{b.copies}")
        overdue = [l for l in self.loans if l.returned is None and l.overdue_days(today)]
        for l in sorted(overdue, key=lambda l: l.due):
            print(f"OVERDUE {l.member.name}: {l.book.title} ({l.overdue_days(today)} days)")


lib = Library()
for args in [("978-0", "Dune", "Frank Herbert", Genre.FICTION, 2), ("978-1", "A Brief History of Time", "Stephen Hawking", Genre.SCIENCE),
             ("978-2", "The Guns of August", "Barbara Tuchman", Genre.HISTORY), ("978-3", "Matilda", "Roald Dahl", Genre.KIDS, 3),
             ("978-4", "Foundation", "Isaac Asimov", Genre.FICTION), ("978-0", "Dune", "Frank Herbert", Genre.FICTION, 1)]:
    lib.add_book(Book(*args))
for name, kind in [("ann", "adult"), ("tim", "child"), ("prof", "staff")]:
    lib.members[name] = Member(name.title(), kind)

day = date(2024, 1, 8)
actions = [
    ("out", "ann", "978-0", 0), ("out", "tim", "978-3", 0), ("out", "tim", "978-4", 1), ("out", "tim", "978-0", 1),
    ("out", "prof", "978-1", 2), ("out", "ann", "978-1", 3), ("in", "tim", "978-3", 20), ("in", "ann", "978-0", 40),
    ("out", "ann", "978-2", 41), ("in", "ann", "978-9", 41), ("out", "prof", "978-0", 42), ("out", "prof", "978-0", 42), ("out", "prof", "978-0", 42),
]
for act, who, isbn, offset in actions:
    today = day + timedelta(days=offset)
    try:
        if act == "out":
            loan = lib.checkout(who, isbn, today)
            print(f"{today}: {who} borrowed {loan.book.title!r}, due {loan.due:%d %b}")
        else:
            fine = lib.checkin(who, isbn, today)
            print(f"{today}: {who} returned {isbn}" + (f", fine ${fine:.2f}" if fine else ""))
    except LibraryError as e:
        print(f"{today}: {type(e).__name__}: {e}")
print()
lib.report(day + timedelta(days=60))
print({m.name: round(m.fines, 2) for m in lib.members.values()})
print(sorted(lib.books.values())[0].title, Book("x", "t", "a b", Genre.KIDS) == lib.books["978-3"], len({*lib.books.values()}))
