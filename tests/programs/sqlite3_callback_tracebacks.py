# sqlite3.enable_callback_tracebacks: an exception in a Python SQL function or aggregate
# is reported as unraisable (on stderr) instead of dropped; the statement fails as before.
import sqlite3

conn = sqlite3.connect(":memory:")


def inverse(x):
    return 1 / x


class Collect:
    def step(self, value):
        raise KeyError(value)

    def finalize(self):
        return 0


conn.create_function("inverse", 1, inverse)
conn.create_aggregate("collect", 1, Collect)
for enabled in (False, True, False):
    sqlite3.enable_callback_tracebacks(enabled)
    for sql in ["SELECT inverse(0)", "SELECT collect(1)", "SELECT inverse(4)"]:
        try:
            print(enabled, conn.execute(sql).fetchall())
        except sqlite3.OperationalError as e:
            print(enabled, type(e).__name__, e)
conn.close()
