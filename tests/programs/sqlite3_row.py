# sqlite3.Row and row factories.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (Id INTEGER, Name TEXT, Size REAL)")
conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(1, "a", 1.5), (2, "b", 2.5)])
conn.row_factory = sqlite3.Row
row = conn.execute("SELECT * FROM t ORDER BY Id").fetchone()
print(type(row).__name__, type(row) is sqlite3.Row)
print(repr(row).startswith("<sqlite3.Row object at 0x"), repr(row).endswith(">"))
print(row.keys())
print(len(row), list(row), tuple(row))
print(row[0], row[1], row[-1], row["id"], row["NAME"], row["size"])
print(row[0:2], row[::-1])
for key in ["missing", 5, 2.0]:
    try:
        row[key]
    except IndexError as e:
        print("IndexError:", e)
rows = conn.execute("SELECT * FROM t ORDER BY Id").fetchall()
again = conn.execute("SELECT * FROM t ORDER BY Id").fetchall()
print(rows[0] == again[0], rows[0] == rows[1], rows[0] != again[0], rows[0] == (1, "a", 1.5))
print(hash(rows[0]) == hash(again[0]))
print({r["name"]: r["size"] for r in rows})
print([dict(zip(r.keys(), r)) for r in rows])

# A cursor keeps the row factory the connection had when it was made.
cur = conn.cursor()
conn.row_factory = None
print(type(cur.execute("SELECT 1").fetchone()).__name__)
print(type(conn.execute("SELECT 1").fetchone()).__name__)

def dict_factory(cursor, row):
    return {d[0]: v for d, v in zip(cursor.description, row)}

conn.row_factory = dict_factory
print(conn.execute("SELECT Id, Name FROM t").fetchall())
c2 = conn.cursor()
c2.row_factory = lambda cursor, row: row[0]
print(c2.execute("SELECT Name FROM t ORDER BY Id").fetchall())

try:
    sqlite3.Row(1, ())
except TypeError as e:
    print("TypeError:", e)
try:
    sqlite3.Row(cur, [1])
except TypeError as e:
    print("TypeError:", e)
r = sqlite3.Row(cur.execute("SELECT 1 AS one"), (1,))
print(r.keys(), r["ONE"])
conn.close()
