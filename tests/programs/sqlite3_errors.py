# sqlite3's exceptions: the hierarchy and the errors SQLite and the bindings raise.
import sqlite3

names = ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
         "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
         "NotSupportedError"]
for name in names:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:-2]])
conn = sqlite3.connect(":memory:")
print(conn.Error is sqlite3.Error, conn.IntegrityError is sqlite3.IntegrityError)

def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f"{label}: {type(e).__module__}.{type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")

conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, n INTEGER CHECK (n >= 0))")
conn.execute("INSERT INTO t VALUES (1, 'a', 1)")
attempt("no table", lambda: conn.execute("SELECT * FROM missing"))
attempt("no column", lambda: conn.execute("SELECT nope FROM t"))
attempt("syntax", lambda: conn.execute("SELEC 1"))
attempt("incomplete", lambda: conn.execute("SELECT * FROM"))
attempt("unique pk", lambda: conn.execute("INSERT INTO t VALUES (1, 'b', 1)"))
attempt("unique", lambda: conn.execute("INSERT INTO t VALUES (2, 'a', 1)"))
attempt("not null", lambda: conn.execute("INSERT INTO t VALUES (3, NULL, 1)"))
attempt("check", lambda: conn.execute("INSERT INTO t VALUES (4, 'd', -1)"))
attempt("table exists", lambda: conn.execute("CREATE TABLE t (x)"))
attempt("two statements", lambda: conn.execute("SELECT 1; SELECT 2"))
attempt("trailing semicolon", lambda: conn.execute("SELECT 1;").fetchall())
attempt("too many", lambda: conn.execute("SELECT ?", (1, 2)))
attempt("too few", lambda: conn.execute("SELECT ?, ?", (1,)))
attempt("none given", lambda: conn.execute("SELECT ?"))
attempt("unsupported type", lambda: conn.execute("SELECT ?", (object(),)))
attempt("second unsupported", lambda: conn.execute("SELECT ?, ?", (1, [2])))
attempt("named unsupported", lambda: conn.execute("SELECT :x", {"x": {}}))
attempt("overflow", lambda: conn.execute("SELECT ?", (2**63,)))
attempt("negative overflow", lambda: conn.execute("SELECT ?", (-2**63 - 1,)))
attempt("missing name", lambda: conn.execute("SELECT :a, :b", {"a": 1}))
attempt("dict for qmark", lambda: conn.execute("SELECT ?", {"a": 1}))
attempt("int params", lambda: conn.execute("SELECT ?", 5))
attempt("str params", lambda: conn.execute("SELECT ?", "z").fetchall())
attempt("sql not str", lambda: conn.execute(42))
attempt("executemany select", lambda: conn.executemany("SELECT ?", [(1,)]))
attempt("integer overflow in SQL", lambda: conn.execute("SELECT abs(-9223372036854775808)").fetchall())
attempt("bad utf-8", lambda: conn.execute("SELECT CAST(x'ff41' AS TEXT) AS col").fetchall())

class Missing(dict):
    def __missing__(self, key):
        return key * 2

attempt("dict subclass", lambda: conn.execute("SELECT :ab", Missing()).fetchall())

try:
    conn.execute("INSERT INTO t VALUES (1, 'z', 0)")
except sqlite3.DatabaseError as e:
    print(isinstance(e, sqlite3.Error), e.sqlite_errorcode, e.sqlite_errorname)
try:
    conn.execute("SELECT * FROM nowhere")
except sqlite3.Error as e:
    print(e.args, e.sqlite_errorcode, e.sqlite_errorname)

cur = conn.cursor()
cur.close()
attempt("closed cursor execute", lambda: cur.execute("SELECT 1"))
attempt("closed cursor fetch", lambda: cur.fetchall())
attempt("closed cursor iterate", lambda: next(cur))
live = conn.execute("SELECT 1")
conn.close()
conn.close()
attempt("closed execute", lambda: conn.execute("SELECT 1"))
attempt("closed cursor()", lambda: conn.cursor())
attempt("closed commit", lambda: conn.commit())
attempt("closed rollback", lambda: conn.rollback())
attempt("closed total_changes", lambda: conn.total_changes)
attempt("closed in_transaction", lambda: conn.in_transaction)
attempt("cursor of closed", lambda: live.fetchone())
attempt("with closed", lambda: conn.__enter__())
attempt("no such file", lambda: sqlite3.connect("/nonexistent-dir/x/y.db"))
attempt("bad isolation", lambda: sqlite3.connect(":memory:", isolation_level="SOMETIMES"))
attempt("isolation type", lambda: sqlite3.connect(":memory:", isolation_level=3))
