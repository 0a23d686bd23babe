# decimal, datetime and pickle are C modules in CPython: an error they raise has the
# caller's line as its last traceback entry.
import datetime
import decimal
import pickle
import traceback


def frames(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)]


def make_date():
    return datetime.date(2023, 2, 30)


print(frames(make_date))
print(frames(lambda: datetime.date.fromisoformat("2024-13-01")))
print(frames(lambda: datetime.timedelta(days=1) + 1))
print(frames(lambda: decimal.Decimal(1) / 0))
print(frames(lambda: decimal.Decimal("abc")))
print(frames(lambda: pickle.dumps(lambda: 0)))
print(frames(lambda: pickle.loads(b"garbage")))


class Custom:
    def __reduce__(self):
        raise RuntimeError("refusing to pickle")


print(frames(lambda: pickle.dumps([1, Custom()])))
try:
    decimal.Decimal(1) / 0
except decimal.DivisionByZero:
    print(traceback.format_exc().splitlines()[1:])
