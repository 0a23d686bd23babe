# sqlite3: SQL functions and aggregates written in Python, adapters and converters,
# complete_statement, iterdump and the module's attributes.
import datetime
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE words (w TEXT, n INTEGER)")
conn.executemany("INSERT INTO words VALUES (?, ?)",
                 [("apple", 3), ("Banana", 5), ("cherry", None), ("date", 2)])

conn.create_function("reverse", 1, lambda s: s[::-1])
conn.create_function("twice", 1, lambda v: None if v is None else v * 2, deterministic=True)
conn.create_function("describe", -1, lambda *args: repr(args))
conn.create_function("blob_len", 1, lambda b: len(b))
print(conn.execute("SELECT reverse(w), twice(n) FROM words ORDER BY w").fetchall())
print(conn.execute("SELECT describe(), describe(1, 2.5, 'x', NULL, x'0102')").fetchall())
print(conn.execute("SELECT blob_len(x'000102')").fetchone())
print(conn.execute("SELECT w FROM words WHERE twice(n) > 5 ORDER BY reverse(w)").fetchall())

def fail(x):
    raise ValueError("nope")

conn.create_function("fail", 1, fail)
conn.create_function("bad_result", 0, lambda: object())
conn.create_function("huge", 0, lambda: 2**70)
def overflow():
    raise OverflowError("too much")

conn.create_function("overflow", 0, overflow)
for sql in ["SELECT fail(1)", "SELECT bad_result()", "SELECT huge()", "SELECT overflow()"]:
    try:
        conn.execute(sql).fetchall()
    except sqlite3.Error as e:
        print(type(e).__name__, e)
try:
    conn.execute("SELECT reverse(1, 2)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)

# A function may run SQL on the same connection.
conn.create_function("count_words", 0, lambda: conn.execute("SELECT count(*) FROM words").fetchone()[0])
print(conn.execute("SELECT count_words() + 1").fetchone())
# Removing a function.
conn.create_function("reverse", 1, None)
try:
    conn.execute("SELECT reverse('ab')")
except sqlite3.OperationalError as e:
    print(e)

class Concat:
    def __init__(self):
        self.parts = []

    def step(self, value, sep):
        if value is not None:
            self.parts.append(str(value))
        self.sep = sep

    def finalize(self):
        return getattr(self, "sep", "").join(sorted(self.parts))

class Mean:
    def __init__(self):
        self.total = 0
        self.count = 0

    def step(self, value):
        if value is not None:
            self.total += value
            self.count += 1

    def finalize(self):
        return self.total / self.count if self.count else None

conn.create_aggregate("concat", 2, Concat)
conn.create_aggregate("mean", 1, Mean)
print(conn.execute("SELECT concat(w, '+'), mean(n) FROM words").fetchone())
print(conn.execute("SELECT mean(n) FROM words WHERE 0").fetchone())
print(conn.execute("SELECT length(w) % 2 AS k, concat(w, ','), mean(n) FROM words GROUP BY k ORDER BY k").fetchall())

class BadStep:
    def step(self, v):
        raise RuntimeError

    def finalize(self):
        return 1

class BadFinal:
    def step(self, v):
        pass

    def finalize(self):
        return 1 / 0

class BadInit:
    def __init__(self):
        raise RuntimeError

    def step(self, v):
        pass

    def finalize(self):
        return 0

class NoStep:
    def finalize(self):
        return 1

class NoFinal:
    def step(self, v):
        pass

class HugeFinal:
    def step(self, v):
        pass

    def finalize(self):
        return 2**64

for name, cls in [("bad_step", BadStep), ("bad_final", BadFinal), ("bad_init", BadInit),
                  ("no_step", NoStep), ("no_final", NoFinal), ("huge_final", HugeFinal)]:
    conn.create_aggregate(name, 1, cls)
    try:
        print(conn.execute(f"SELECT {name}(n) FROM words").fetchall())
    except sqlite3.Error as e:
        print(name, type(e).__name__, e)

# Adapters turn Python objects into SQLite values; converters turn declared types back.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
print(sqlite3.adapt(Point(1, 2)))

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"

print(conn.execute("SELECT ?, ?", (Point(3, 4), Conforming())).fetchone())

db = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
db.execute("CREATE TABLE shapes (name TEXT, p point, made date, seen timestamp)")
db.execute("INSERT INTO shapes VALUES (?, ?, ?, ?)",
           ("origin", Point(0, 0), datetime.date(2024, 2, 29),
            datetime.datetime(2024, 3, 1, 12, 30, 5, 250)))
db.execute("INSERT INTO shapes VALUES ('none', NULL, NULL, '2020-01-02 03:04:05')")
for row in db.execute("SELECT * FROM shapes"):
    print(row)
print(db.execute("SELECT name AS \"n [point]\", p AS \"q [unknown]\" FROM shapes").description)
print(db.execute("SELECT '5;6' AS \"pt [point]\"").fetchone())
db.close()

for text in ["SELECT 1", "SELECT 1;", "SELECT ';'", "SELECT ';", "  ;  ", "",
             "-- comment ;", "SELECT 1; -- done", "/* ; */ SELECT 1", "/* unfinished ;",
             "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;",
             "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;",
             "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END",
             "SELECT [a;b] FROM t;", 'SELECT "x;y"', "EXPLAIN SELECT 1;"]:
    print(repr(text), sqlite3.complete_statement(text))

conn2 = sqlite3.connect(":memory:")
conn2.executescript("""
    CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT, v REAL, b BLOB);
    INSERT INTO a VALUES (1, 'it''s', 1.5, x'00ff'), (2, NULL, -2, NULL);
    CREATE INDEX a_name ON a (name);
    CREATE VIEW av AS SELECT name FROM a;
""")
for line in conn2.iterdump():
    print(line)
conn2.close()

print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety in (1, 3))
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.version, sqlite3.version_info)
print(type(sqlite3.sqlite_version).__name__, len(sqlite3.sqlite_version_info),
      sqlite3.sqlite_version_info >= (3, 7, 15),
      ".".join(map(str, sqlite3.sqlite_version_info)) == sqlite3.sqlite_version)
print(bytes(sqlite3.Binary(b"ab")), sqlite3.Date(2020, 1, 2), sqlite3.Time(1, 2, 3))
conn.close()
