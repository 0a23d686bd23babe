"""A small bookshop back office on SQLite: stock, orders and a sales report."""

import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS books (
    isbn    TEXT PRIMARY KEY,
    title   TEXT NOT NULL,
    author  TEXT NOT NULL,
    price   REAL NOT NULL CHECK (price > 0),
    stock   INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0)
);
CREATE TABLE IF NOT EXISTS customers (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    name  TEXT NOT NULL,
    email TEXT UNIQUE
);
CREATE TABLE IF NOT EXISTS orders (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    placed      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS order_lines (
    order_id INTEGER NOT NULL REFERENCES orders(id),
    isbn     TEXT NOT NULL REFERENCES books(isbn),
    qty      INTEGER NOT NULL CHECK (qty > 0),
    price    REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS lines_by_isbn ON order_lines (isbn);
"""

BOOKS = [
    ("978-0131103627", "The C Programming Language", "Kernighan & Ritchie", 45.50, 4),
    ("978-0262033848", "Introduction to Algorithms", "Cormen et al.", 89.99, 2),
    ("978-0201633610", "Design Patterns", "Gamma et al.", 39.95, 5),
    ("978-1593279288", "Python Crash Course", "Matthes", 29.99, 10),
    ("978-0596517748", "JavaScript: The Good Parts", "Crockford", 19.99, 0),
]


@dataclass
class Line:
    isbn: str
    qty: int


class OutOfStock(Exception):
    pass


class Shop:
    def __init__(self, path):
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        self.db.executescript(SCHEMA)
        self.db.create_function("initials", 1, self._initials, deterministic=True)

    @staticmethod
    def _initials(name):
        return "".join(part[0] for part in name.replace("&", " ").split() if part[0].isalpha())

    def stock_books(self, books):
        with self.db:
            cur = self.db.executemany(
                "INSERT INTO books (isbn, title, author, price, stock) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(isbn) DO UPDATE SET stock = stock + excluded.stock",
                books)
        return cur.rowcount

    def add_customer(self, name, email=None):
        with self.db:
            cur = self.db.execute("INSERT INTO customers (name, email) VALUES (?, ?)",
                                  (name, email))
        return cur.lastrowid

    def place_order(self, customer_id, lines, placed):
        """Places an order atomically: every line is in stock, or nothing changes."""
        try:
            with self.db:
                cur = self.db.cursor()
                cur.execute("INSERT INTO orders (customer_id, placed) VALUES (?, ?)",
                            (customer_id, placed))
                order_id = cur.lastrowid
                for line in lines:
                    book = cur.execute("SELECT price, stock FROM books WHERE isbn = :isbn",
                                       {"isbn": line.isbn}).fetchone()
                    if book is None or book["stock"] < line.qty:
                        raise OutOfStock(line.isbn)
                    cur.execute("UPDATE books SET stock = stock - ? WHERE isbn = ?",
                                (line.qty, line.isbn))
                    cur.execute("INSERT INTO order_lines VALUES (?, ?, ?, ?)",
                                (order_id, line.isbn, line.qty, book["price"]))
            return order_id
        except OutOfStock as e:
            print(f"  order refused, not enough stock for {e}")
            return None
        except sqlite3.IntegrityError as e:
            print(f"  order refused: {e}")
            return None

    def report(self):
        print("Sales by book:")
        rows = self.db.execute("""
            SELECT b.title, initials(b.author) AS who, SUM(l.qty) AS sold,
                   ROUND(SUM(l.qty * l.price), 2) AS revenue
            FROM order_lines l JOIN books b ON b.isbn = l.isbn
            GROUP BY b.isbn ORDER BY revenue DESC, b.title""").fetchall()
        for r in rows:
            print(f"  {r['title'][:28]:<28} {r['who']:>4} {r['sold']:>3} {r['revenue']:>9.2f}")
        total = self.db.execute("SELECT TOTAL(qty * price) FROM order_lines").fetchone()[0]
        print(f"  {'total':<28} {'':>4} {'':>3} {total:>9.2f}")
        print("Customers:")
        query = """
            SELECT c.name, COUNT(DISTINCT o.id) AS orders, COALESCE(SUM(l.qty), 0) AS items
            FROM customers c
            LEFT JOIN orders o ON o.customer_id = c.id
            LEFT JOIN order_lines l ON l.order_id = o.id
            GROUP BY c.id ORDER BY items DESC, c.name"""
        for name, orders, items in self.db.execute(query).fetchall():
            print(f"  {name:<10} orders={orders} items={items}")
        low = [r["title"] for r in self.db.execute(
            "SELECT title FROM books WHERE stock < ? ORDER BY title", (2,))]
        print("Reorder:", ", ".join(low))

    def close(self):
        self.db.close()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "shop.db")
        shop = Shop(path)
        print("stocked", shop.stock_books(BOOKS), "titles")
        ann = shop.add_customer("Ann", "ann@example.com")
        bob = shop.add_customer("Bob")
        cy = shop.add_customer("Cy", "cy@example.com")
        try:
            shop.add_customer("Ann again", "ann@example.com")
        except sqlite3.IntegrityError as e:
            print("duplicate customer:", e)

        print("order", shop.place_order(ann, [Line("978-0131103627", 2),
                                              Line("978-1593279288", 1)], "2024-05-01"))
        print("order", shop.place_order(bob, [Line("978-0262033848", 3)], "2024-05-02"))
        print("order", shop.place_order(bob, [Line("978-0262033848", 2),
                                              Line("978-0201633610", 1)], "2024-05-02"))
        print("order", shop.place_order(cy, [Line("978-0596517748", 1)], "2024-05-03"))
        print("order", shop.place_order(99, [Line("978-1593279288", 1)], "2024-05-04"))
        print("order", shop.place_order(cy, [Line("978-1593279288", 4)], "2024-05-04"))
        shop.stock_books([("978-0596517748", "JavaScript: The Good Parts", "Crockford", 19.99, 3)])
        shop.report()
        shop.close()

        # The file outlives the connection: reopen it and check the books balance.
        with closing(sqlite3.connect(path)) as db:
            (orders,) = db.execute("SELECT COUNT(*) FROM orders").fetchone()
            stock = dict(db.execute("SELECT isbn, stock FROM books"))
            sold = dict(db.execute("SELECT isbn, SUM(qty) FROM order_lines GROUP BY isbn"))
            print("orders on disk:", orders)
            for isbn, title, _, _, start in BOOKS:
                extra = 3 if isbn == "978-0596517748" else 0
                assert stock[isbn] + sold.get(isbn, 0) == start + extra, title
            print("stock balances:", len(stock), "books")
            dump = list(db.iterdump())
            print("dump:", len(dump), "lines;", sum(l.startswith("INSERT") for l in dump), "inserts")


if __name__ == "__main__":
    main()
