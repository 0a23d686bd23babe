"""Library loans with due dates, fines in Decimal, JSON persistence and a report."""
import json
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Optional

FINE_PER_DAY = Decimal("0.25")
MAX_FINE = Decimal("5.00")


class LoanError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1


@dataclass
class Loan:
    isbn: str
    member: str
    out: date
    due: date
    returned: Optional[date] = None

    def fine(self, today: date) -> Decimal:
        end = self.returned or today
        late = max((end - self.due).days, 0)
        return min(late * FINE_PER_DAY, MAX_FINE)


@dataclass
class Library:
    books: dict = field(default_factory=dict)
    loans: list = field(default_factory=list)

    def add(self, book: Book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def available(self, isbn):
        active = sum(1 for l in self.loans if l.isbn == isbn and l.returned is None)
        return self.books[isbn].copies - active

    def lend(self, isbn, member, when, days=14):
        if isbn not in self.books:
            raise LoanError(f"unknown ISBN {isbn}")
        if self.available(isbn) <= 0:
            raise LoanError(f"no copies of {self.books[isbn].title!r} left")
        if sum(1 for l in self.loans if l.member == member and l.returned is None) >= 2:
            raise LoanError(f"{member} already has 2 books")
        loan = Loan(isbn, member, when, when + timedelta(days=days))
        self.loans.append(loan)
        return loan

    def give_back(self, isbn, member, when):
        for l in self.loans:
            if l.isbn == isbn and l.member == member and l.returned is None:
                l.returned = when
                return l.fine(when)
        raise LoanError(f"{member} has not borrowed {isbn}")

    def to_json(self):
        def enc(o):
            if isinstance(o, date):
                return o.isoformat()
            if isinstance(o, Decimal):
                return str(o)
            raise TypeError(f"cannot encode {type(o).__name__}")
        return json.dumps({"books": [asdict(b) for b in self.books.values()],
                           "loans": [asdict(l) for l in self.loans]}, default=enc, indent=1)

    @classmethod
    def from_json(cls, text):
        raw = json.loads(text)
        lib = cls()
        for b in raw["books"]:
            lib.add(Book(**b))
        for l in raw["loans"]:
            l = {k: date.fromisoformat(v) if k in ("out", "due", "returned") and v else v for k, v in l.items()}
            lib.loans.append(Loan(**l))
        return lib


lib = Library()
for b in [Book("978-0", "Dune", "Herbert", 2), Book("978-1", "Emma", "Austen"),
          Book("978-2", "Ulysses", "Joyce"), Book("978-0", "Dune", "Herbert")]:
    lib.add(b)
d0 = date(2024, 1, 10)
actions = [("lend", "978-0", "ann", 0), ("lend", "978-1", "ann", 1), ("lend", "978-2", "ann", 2),
           ("lend", "978-1", "bob", 2), ("lend", "978-0", "bob", 3), ("lend", "999", "cy", 3),
           ("back", "978-1", "ann", 20), ("lend", "978-1", "bob", 21), ("back", "978-0", "bob", 60),
           ("back", "978-2", "bob", 61), ("lend", "978-0", "cy", 62)]
for act, isbn, who, day in actions:
    when = d0 + timedelta(days=day)
    try:
        if act == "lend":
            loan = lib.lend(isbn, who, when)
            print(f"{when:%a %d %b}: {who} borrows {lib.books[isbn].title}, due {loan.due:%d/%m}")
        else:
            fine = lib.give_back(isbn, who, when)
            print(f"{when:%a %d %b}: {who} returns {lib.books[isbn].title}, fine ${fine:.2f}")
    except LoanError as e:
        print(f"{when:%a %d %b}: refused - {e}")
text = lib.to_json()
print(text[:200].replace("\n", " "))
copy = Library.from_json(text)
print(copy == lib, len(copy.loans), copy.loans[0])
today = d0 + timedelta(days=45)
print(f"{'member':<6} {'title':<8} {'due':<10} {'fine':>5}")
for l in sorted(copy.loans, key=lambda l: (l.member, l.due)):
    print(f"{l.member:<6} {copy.books[l.isbn].title:<8} {l.due!s:<10} {l.fine(today):>5}")
print("total fines:", sum((l.fine(today) for l in copy.loans), Decimal(0)))
