# sqlite3 transactions: the implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE,
# commit and rollback, `with conn:`, autocommit (isolation_level None), file databases.
import os
import sqlite3
import tempfile

conn = sqlite3.connect(":memory:")
print(repr(conn.isolation_level), conn.in_transaction)
conn.execute("CREATE TABLE t (x)")
print("after CREATE:", conn.in_transaction)
conn.execute("INSERT INTO t VALUES (1)")
print("after INSERT:", conn.in_transaction)
conn.commit()
print("after commit:", conn.in_transaction)
conn.execute("SELECT * FROM t").fetchall()
print("after SELECT:", conn.in_transaction)
conn.execute("  update t SET x = 2")
print("after update:", conn.in_transaction)
conn.rollback()
print("after rollback:", conn.in_transaction, conn.execute("SELECT x FROM t").fetchall())
conn.execute("REPLACE INTO t VALUES (3)")
print("after REPLACE:", conn.in_transaction)
conn.rollback()
conn.commit()
conn.rollback()

# `with conn:` commits on success, rolls back on an exception, and does not close.
with conn:
    conn.execute("INSERT INTO t VALUES (10)")
print("with committed:", conn.in_transaction, conn.execute("SELECT x FROM t ORDER BY x").fetchall())
try:
    with conn as c:
        print(c is conn)
        conn.execute("INSERT INTO t VALUES (20)")
        raise KeyError("boom")
except KeyError as e:
    print("with rolled back:", repr(e), conn.execute("SELECT x FROM t ORDER BY x").fetchall())
with conn:
    pass
print("still open:", conn.execute("SELECT count(*) FROM t").fetchone())

# An explicit BEGIN works with any isolation level.
conn.execute("BEGIN")
print("explicit BEGIN:", conn.in_transaction)
conn.execute("INSERT INTO t VALUES (30)")
conn.rollback()
print(conn.execute("SELECT count(*) FROM t").fetchone())

# Autocommit: no implicit transactions.
conn.isolation_level = None
print(repr(conn.isolation_level))
conn.execute("INSERT INTO t VALUES (40)")
print("autocommit INSERT:", conn.in_transaction)
conn.isolation_level = "immediate"
print(repr(conn.isolation_level))
conn.execute("DELETE FROM t WHERE x = 40")
print("immediate DELETE:", conn.in_transaction)
# Leaving isolation_level for None commits the open transaction.
conn.isolation_level = None
print("set to None:", conn.in_transaction)

# executescript commits first, then runs every statement.
conn.isolation_level = ""
conn.execute("INSERT INTO t VALUES (50)")
cur = conn.executescript("""
    CREATE TABLE u (a, b);
    INSERT INTO u VALUES (1, 'one');
    INSERT INTO u VALUES (2, 'two; with a semicolon');
    -- a comment
    /* another */
""")
print(type(cur).__name__, conn.in_transaction)
print(conn.execute("SELECT * FROM u").fetchall())
try:
    conn.executescript("INSERT INTO u VALUES (3, 'x'); SELECT * FROM nowhere; INSERT INTO u VALUES (4, 'y');")
except sqlite3.OperationalError as e:
    print("script error:", e)
print(conn.execute("SELECT a FROM u").fetchall())
conn.close()

# A file database keeps what was committed and loses what was not.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.db")
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v)")
    with db:
        db.executemany("INSERT INTO kv VALUES (?, ?)", [("a", 1), ("b", 2)])
    db.execute("INSERT INTO kv VALUES ('c', 3)")
    db.close()
    print(os.path.exists(path))
    db = sqlite3.connect(path)
    print(db.execute("SELECT * FROM kv ORDER BY k").fetchall())
    db.close()
    # Paths may also be bytes or path-like objects.
    import pathlib
    db = sqlite3.connect(pathlib.Path(path))
    print(db.execute("SELECT count(*) FROM kv").fetchone())
    db.close()
    db = sqlite3.connect(path.encode())
    print(db.execute("SELECT count(*) FROM kv").fetchone())
    db.close()
    # Two connections see each other's committed data.
    a = sqlite3.connect(path)
    b = sqlite3.connect(path)
    a.execute("INSERT INTO kv VALUES ('d', 4)")
    print(b.execute("SELECT count(*) FROM kv").fetchone())
    a.commit()
    print(b.execute("SELECT count(*) FROM kv").fetchone())
    a.close()
    b.close()

# The implicit BEGIN comes once the statement has compiled, before its parameters bind.
conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (x)")
for sql, params in [("INSERT INTO nowhere VALUES (?)", (1,)),
                    ("INSERT INTO t VALUES (?)", (1, 2)),
                    ("INSERT INTO t VALUES (?)", (object(),))]:
    try:
        conn.execute(sql, params)
    except sqlite3.Error as e:
        print(type(e).__name__, e, conn.in_transaction)
    conn.rollback()
conn.executemany("INSERT INTO t VALUES (?)", [])
print("empty executemany:", conn.in_transaction)
conn.close()
