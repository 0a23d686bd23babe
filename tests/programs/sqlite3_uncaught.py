# An uncaught sqlite3 error: the traceback ends at the caller's line, as for CPython's C
# module, and a traceback printed by the traceback module has the same shape.
import sqlite3
import traceback

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
conn.execute("INSERT INTO t VALUES (1)")
try:
    conn.execute("INSERT INTO t VALUES (1)")
except sqlite3.IntegrityError:
    print(traceback.format_exc().replace(__file__, "FILE"))

def factory(cursor, row):
    raise LookupError("from the row factory")

conn.row_factory = factory
try:
    conn.execute("SELECT 1").fetchone()
except LookupError:
    print(traceback.format_exc().replace(__file__, "FILE"))
conn.row_factory = None


def insert(value):
    conn.execute("INSERT INTO t VALUES (?)", (value,))


insert(2)
insert(1)
