from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

dt = datetime(2021, 3, 14, 15, 9, 26, 535897)
print(dt, repr(dt), dt.date(), dt.time(), repr(dt.timetz()), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2021, 1, 1)), repr(datetime(2021, 1, 1, 0, 0, 5)), repr(datetime(2021, 1, 1, 0, 0, 0, 5)), repr(datetime(2021, 1, 1, fold=1)))
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'bogus']:
    run('isoformat ' + ts, lambda: dt.isoformat(timespec=ts))
print(dt.isoformat(' '), dt.isoformat(sep='_'), dt.ctime(), dt.strftime('%Y-%m-%d %H:%M:%S.%f %I%p %j %a %b|%z|%Z|'), f'{dt:%H:%M}', format(dt))
print(dt + timedelta(hours=10), dt - timedelta(days=400, microseconds=535898), dt - datetime(2021, 1, 1), datetime(2021, 1, 1) - dt)
run('max+1', lambda: datetime.max + timedelta(microseconds=1))
run('min-1', lambda: datetime.min - timedelta(microseconds=1))
print(dt.replace(hour=0, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.replace(year=2020, month=2, day=29, fold=1).fold)
run('replace bad', lambda: dt.replace(minute=60))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC))),
      repr(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC), tzinfo=None)))
run('combine bad', lambda: datetime.combine(1, time()))
for args in [(2021, 1, 1, 24), (2021, 1, 1, 0, 60), (2021, 1, 1, 0, 0, 60), (2021, 1, 1, 0, 0, 0, 1000000),
             (2021, 1, 1, 0, 0, 0, 0, 5), (2021, 2, 29)]:
    run('datetime%r' % (args,), lambda: datetime(*args))
run('fold 2', lambda: datetime(2021, 1, 1, fold=2))

# time
t = time(9, 5, 7, 1200)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat('milliseconds'), t.strftime('%H|%M|%S|%f|%p|%I|%Y'), format(t, '%H.%M'), bool(time()))
print(time.min, time.max, time.resolution, t.replace(hour=23), repr(t.replace(tzinfo=timezone(timedelta(hours=2)))))
print(t < time(10), t == time(9, 5, 7, 1200), t == 5, hash(t) == hash(time(9, 5, 7, 1200)))
ta = time(12, 0, tzinfo=timezone(timedelta(hours=2)))
tb = time(10, 0, tzinfo=timezone.utc)
print(ta == tb, ta < tb, ta.utcoffset(), ta.tzname(), ta.dst(), str(ta), hash(ta) == hash(tb), time(12).utcoffset())
run('naive<aware time', lambda: time(1) < ta)
print(time(1) == ta)
for s in ['12:30', '12:30:45', '12:30:45.123', '12:30:45.123456', '123045', '12:30:45+02:00', '12:30Z', 'T12:30', '25:00', '12:3', '12:30:45.', 'x']:
    run('time.fromisoformat %r' % s, lambda: time.fromisoformat(s))

# timezone
tz1 = timezone(timedelta(hours=5, minutes=30))
tz2 = timezone(timedelta(hours=-8), 'PST')
print(repr(timezone.utc), repr(UTC), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'Z')))
print(repr(tz1), repr(tz2), str(tz1), str(tz2), tz1.tzname(None), tz2.utcoffset(None), tz2.dst(None), repr(timezone.min), repr(timezone.max))
print(str(timezone(timedelta(seconds=-1))), str(timezone(timedelta(microseconds=5))), tz1 == timezone(timedelta(minutes=330), 'X'), tz1 == 3)
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (5,), (timedelta(0), 5)]:
    run('timezone%r' % (args,), lambda: timezone(*args))
run('utcoffset(1)', lambda: tz1.utcoffset(1))
run('fromutc naive', lambda: tz1.fromutc(datetime(2020, 1, 1)))
print(tz1.fromutc(datetime(2020, 1, 1, tzinfo=tz1)))

a = datetime(2021, 6, 1, 12, 0, tzinfo=tz1)
b = datetime(2021, 6, 1, 6, 30, tzinfo=timezone.utc)
c = datetime(2021, 6, 1, 12, 0)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a == b, a - b, b - a, a.timestamp(), b.timestamp(), c.timestamp())
print(hash(a) == hash(b), a.astimezone(tz2), repr(a.astimezone(timezone.utc)), a.astimezone(tz1) is a, c.astimezone(tz1))
print(a.strftime('%z %Z'), tz2.fromutc(b.replace(tzinfo=tz2)), sorted([a, b.replace(minute=31), b.replace(minute=29)]))
print(c == a, a != c)
run('naive < aware', lambda: c < a)
run('naive - aware', lambda: c - a)
run('astimezone bad', lambda: a.astimezone(5))

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
f = Fixed(-90, 'FX')
x = datetime(2020, 5, 5, 10, 0, tzinfo=f)
print(x, x.tzname(), x.utcoffset(), x.astimezone(timezone.utc), b.astimezone(f), x.strftime('%z|%Z'))
run('base tzinfo', lambda: tzinfo().utcoffset(None))
run('base tzname', lambda: tzinfo().tzname(None))
run('base fromutc', lambda: tzinfo().fromutc(3))

# timestamps (fixed values, no clock)
for ts in [0, 1, 86399.5, 1e9 + 0.123456, -1, -0.5, 1234567890.9999996, 951782400]:
    print(ts, datetime.utcfromtimestamp(ts), datetime.fromtimestamp(ts, timezone.utc), datetime.fromtimestamp(ts, tz2))
print(datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())
print(isinstance(datetime.now(), datetime), datetime.now(timezone.utc).tzinfo is timezone.utc, isinstance(datetime.utcnow(), datetime), type(datetime.today()).__name__)

for s in ['2011-11-04', '2011-11-04T00:05:23', '2011-11-04T00:05:23Z', '20111104T000523', '2011-W01-2T00:05:23.283',
          '2011-11-04 00:05:23.283+00:00', '2011-11-04T00:05:23+04:00', '2011-11-04T00:05:23.1234567-05:30',
          '2021-01-01T12', '2021-01-01x12:00', '2021-01-01T', '2021-02-30T00:00', '2021-01-01T25:00', '2021-01-01T12:0000',
          '2021-01-01T12:00:00+25:00', '2021-01-01T12:00:00 +01:00', '2021-01-01T12:00:00.']:
    run('fromisoformat %r' % s, lambda: datetime.fromisoformat(s))
