# sqlite3 cursor details: fetch sizes, rowcount and lastrowid across statement kinds,
# parameter spellings, subclassed connections and cursors, declared types.
import gc
import sqlite3
import sys
c = sqlite3.connect(":memory:")
cu = c.cursor()
print(cu.fetchone(), cu.fetchall(), cu.fetchmany(3))
cu.execute("create table t(a, b)")
cu.executemany("insert into t values (?, ?)", [(i, str(i)) for i in range(5)])
print(cu.rowcount, cu.lastrowid)
cu.execute("insert into t select a+10, b from t")
print(cu.rowcount, cu.lastrowid)
cu.execute("select * from t")
print(cu.fetchmany(0), len(cu.fetchmany(-1)), cu.fetchone())
cu.executescript("insert into t values (100, 'x'); insert into t values (101, 'y');")
print(cu.rowcount, cu.lastrowid, cu.description)
try:
    cu.execute("insert into t values (?, ?)", (1,))
except sqlite3.Error as e:
    print(e, cu.rowcount, cu.lastrowid)
cu.execute("select a from t where a > 100")
c.close()
try:
    print(cu.fetchall())
except Exception as e:
    print(type(e).__name__, e)
c = sqlite3.connect(":memory:")
print(gc.is_tracked(c), sys.getsizeof(c) > 0)
class MyConn(sqlite3.Connection):
    pass
class MyCur(sqlite3.Cursor):
    pass
m = sqlite3.connect(":memory:", factory=MyConn)
print(type(m).__name__, type(m.cursor(MyCur)).__name__, isinstance(m, sqlite3.Connection))
print(m.execute("select 1, 'a'").fetchall())
print(c.execute("select null").description)
print(c.execute("select 1 union select 2").fetchall())
c.execute("create table x(d date, n numeric(10, 2))")
print(c.execute("select * from x").description)
print(c.execute("pragma table_info(x)").fetchall())
print(c.execute("values (1), (2)").fetchall())
r = c.execute("select 1")
print(next(iter(r)), list(r))
print(c.execute("select ?1, ?2, ?1", (5, 6)).fetchall())
print(c.execute("select :a, @b, $c", {"a": 1, "b": 2, "c": 3}).fetchall())
try:
    c.execute("select ?", [1, 2, 3][0:0])
except sqlite3.ProgrammingError as e: print(e)
print(c.execute("select 1e308 * 10, -0.0, 1/2, 1.0/3").fetchall())
print(c.execute("select zeroblob(3), length(?)", ("héllo",)).fetchall())
print(c.execute("select cast(? as text)", (b"abc",)).fetchall())
c.execute("create table tt(x)")
c.execute("insert into tt values (1)")
print(c.in_transaction, c.total_changes)
del c
gc.collect()
print("ok")
