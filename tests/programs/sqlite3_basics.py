# sqlite3: connecting, creating, inserting, querying and fetching.
import sqlite3

conn = sqlite3.connect(":memory:")
print(type(conn).__name__, type(conn).__module__)
cur = conn.cursor()
print(cur.connection is conn, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)

cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, score REAL, photo BLOB)")
print("create:", cur.rowcount, cur.description)

cur.execute("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)",
            ("Ada", 36, 97.5, b"\x89PNG"))
print("insert:", cur.rowcount, cur.lastrowid)
cur.execute("INSERT INTO people (name, age, score) VALUES (:name, :age, :score)",
            {"name": "Grace", "age": 45, "score": 88.25})
print("named insert:", cur.rowcount, cur.lastrowid)
cur.executemany("INSERT INTO people (name, age) VALUES (?, ?)",
                [("Linus", 28), ("Guido", 41), ("Barbara", None)])
print("executemany:", cur.rowcount, cur.lastrowid)
cur.executemany("INSERT INTO people (name) VALUES (?)", (("n%d" % i,) for i in range(3)))
print("executemany from a generator:", cur.rowcount)

cur.execute("SELECT id, name, age, score, photo FROM people ORDER BY id")
print([d[0] for d in cur.description])
print(cur.description[0])
print("select rowcount:", cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))

for row in conn.execute("SELECT name, age FROM people WHERE age > ? ORDER BY age DESC", (30,)):
    print(row)

print(conn.execute("SELECT count(*), sum(age), avg(score), max(name) FROM people").fetchone())
print(conn.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(NULL)").fetchone())
print(conn.execute("SELECT ?, ?, ?, ?, ?, ?", (None, 2**63 - 1, -2**63, 1e300, "h\u00e9llo \u2603", bytearray(b"ab"))).fetchone())
print(conn.execute("SELECT ?, ?", (True, memoryview(b"mv"))).fetchone())

class Score(float):
    pass

class Name(str):
    pass

print(conn.execute("SELECT ?, ?, typeof(?)", (Score(1.25), Name("nm"), Score(2.0))).fetchone())

upd = conn.execute("UPDATE people SET age = age + 1 WHERE age IS NOT NULL")
print("update:", upd.rowcount, upd.description)
dele = conn.execute("DELETE FROM people WHERE name LIKE 'n%'")
print("delete:", dele.rowcount)
print("total_changes:", conn.total_changes)

# A statement with no rows still has a description.
empty = conn.execute("SELECT name AS who FROM people WHERE 0")
print(empty.description, empty.fetchall())
# An empty statement or a comment does nothing.
print(conn.execute("").description, conn.execute("-- nothing").fetchall())

# Text as bytes, or through any callable.
conn.text_factory = bytes
print(conn.execute("SELECT name FROM people WHERE id = 1").fetchone())
conn.text_factory = lambda b: b.decode().upper()
print(conn.execute("SELECT name FROM people WHERE id = 2").fetchone())
conn.text_factory = str

# RETURNING rows come back from an INSERT.
print(conn.execute("INSERT INTO people (name) VALUES ('Ken') RETURNING id, name").fetchall())

cur.close()
conn.close()
print("done")
