# datetime: calendar round trips, ISO weeks, timedelta rounding, comparisons across zones, ISO and strptime parsing, pickling.
import datetime as D
from datetime import date, time, datetime, timedelta, timezone
import random, pickle, copy
def attempt(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, type(e).__name__, e)
random.seed(11)
# calendar round trips
for _ in range(300):
    n = random.randint(1, 3652059)
    d = date.fromordinal(n)
    assert d.toordinal() == n
    print(d, d.weekday(), d.isocalendar(), d.timetuple().tm_yday, end=' | ')
print()
for y in [1, 4, 100, 400, 1900, 2000, 2004, 2020, 2021, 9999]:
    for m, dd in [(1, 1), (2, 28), (2, 29), (3, 1), (12, 31), (1, 4)]:
        attempt('d', lambda: (date(y, m, dd).isocalendar(), date(y, m, dd).toordinal(), date(y, m, dd).strftime('%a %A %b %B %j %U %W %w %u %G %V %y %Y %c %x %X %%')))
for args in [(2020,), (2020, 1), (0, 1, 1), (10000, 1, 1), (2020, 13, 1), (2020, 2, 30), (2020.0, 1, 1), ('2020', 1, 1)]:
    attempt('ctor', lambda: date(*args))
for y, w, d in [(2020, 53, 1), (2021, 53, 1), (2015, 53, 7), (2020, 0, 1), (2020, 1, 8), (0, 1, 1), (9999, 52, 5), (2004, 53, 7)]:
    attempt('isocal', lambda: date.fromisocalendar(y, w, d))
# timedelta
for kw in [dict(days=1.5), dict(seconds=0.5e-6), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-1.5), dict(hours=-25.3333), dict(weeks=1e-9, days=1e-7), dict(minutes=1/3), dict(milliseconds=-0.0005), dict(days=999999999, hours=24)]:
    attempt('td', lambda: timedelta(**kw))
t = timedelta(days=3, hours=5, microseconds=7)
print(repr(t), str(-t), str(timedelta(-1)), t * 2.5, t / 3, t / 0.7, t // 7, t // timedelta(hours=1), t % timedelta(hours=7), divmod(t, timedelta(hours=7)), -t, abs(-t), t.total_seconds(), str(timedelta(microseconds=-1)))
attempt('td/0', lambda: t / 0)
attempt('td/0.', lambda: t / 0.0)
attempt('td*nan', lambda: t * float('nan'))
attempt('td type', lambda: timedelta(days='1'))
print(timedelta.max, timedelta.min, repr(timedelta.resolution), timedelta(1) == 1, timedelta(1) < timedelta(2), hash(timedelta(1)) == hash(timedelta(hours=24)))
# time
tz1 = timezone(timedelta(hours=1), 'X')
for tt in [time(), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, tzinfo=timezone.utc), time(5, fold=1), time(23, 59, 59, 999999, tz1)]:
    print(repr(tt), str(tt), tt.isoformat('hours'), tt.isoformat('milliseconds'), tt.strftime('%H %I %p %M %S %f %z %Z'), tt.utcoffset(), tt.tzname(), tt.dst(), format(tt, ''), format(tt, '%H'))
print(time(1, tzinfo=tz1) == time(0, tzinfo=timezone.utc), time(1, tzinfo=tz1) < time(0, 30, tzinfo=timezone.utc), time(1) == time(1, tzinfo=tz1))
attempt('time cmp', lambda: time(1) < time(1, tzinfo=tz1))
attempt('time rep', lambda: time(1, 2).replace(minute=5, tzinfo=tz1, fold=1))
attempt('time none', lambda: time(1).replace(hour=None))
for s in ['12', '1230', '12:30', '12:30:45', '12:30:45.123', '12:30:45,5', '12:30:45.1234567', '12:30:45+01:00', '12:30:45Z', 'T12:30', '12:3', '25:00', '12:30:45-0530', '12:30+01:00:30.5']:
    attempt('tiso ' + s, lambda: time.fromisoformat(s))
# datetime
dt = datetime(2020, 2, 29, 13, 45, 30, 123456)
aware = dt.replace(tzinfo=tz1)
print(repr(dt), str(dt), dt.isoformat(), aware.isoformat(sep=' ', timespec='minutes'), dt.ctime(), dt.timetuple(), aware.utctimetuple(), aware.timetz(), aware.time(), aware.date())
print(dt + timedelta(days=400, seconds=-1), dt - timedelta(hours=14), dt - datetime(2000, 1, 1), aware - datetime(2020, 2, 29, tzinfo=timezone.utc), aware.astimezone(timezone.utc), aware.astimezone(timezone(timedelta(hours=-5, minutes=-30))))
print(aware == dt.replace(hour=12, tzinfo=timezone.utc), aware == dt, dt == dt.date(), dt != dt.date(), repr(datetime(2020, 1, 1, 0, 0, 1)), repr(datetime(2020, 1, 1, fold=1)))
attempt('dt<date', lambda: dt < dt.date())
attempt('date<dt', lambda: dt.date() < dt)
attempt('naive-aware', lambda: dt - aware)
attempt('naive<aware', lambda: dt < aware)
attempt('overflow', lambda: datetime.max + timedelta(1))
attempt('sep', lambda: dt.isoformat(sep='--'))
attempt('timespec', lambda: dt.isoformat(timespec='nanos'))
attempt('replace', lambda: dt.replace(year=2021))
attempt('replace none', lambda: dt.replace(day=None))
attempt('combine', lambda: datetime.combine(date(2020, 1, 1), time(5, tzinfo=tz1)))
attempt('combine bad', lambda: datetime.combine(1, time()))
attempt('combine bad2', lambda: datetime.combine(date(2020, 1, 1), 2))
for s in ['2020-01-02', '2020-01-02T03:04', '2020-01-02 03:04:05.6', '20200102T030405', '2020-W01-3T10:00', '2020W013', '2020-01-02T03:04:05+05:30', '2020-01-02T', '2020-1-2', '2020-01-02T03:04:05Z', '2020-01-02X03']:
    attempt('iso ' + s, lambda: datetime.fromisoformat(s))
for s, f in [('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), ('04/Mar/20 5PM', '%d/%b/%y %I%p'), ('2020 10 3', '%Y %W %w'), ('2020 0 0', '%Y %U %w'), ('2021 00 1', '%Y %W %w'), ('366 2020', '%j %Y'), ('Feb 29', '%b %d'), ('12:30 +0530', '%H:%M %z'), ('12:30 -05:30:15.5 UTC', '%H:%M %z %Z'), ('12:30 Z', '%H:%M %z'), ('12:30 +05:3015', '%H:%M %z'), ('x', '%Y'), ('2020-01-01 junk', '%Y-%m-%d'), ('Monday 2020 05', '%A %Y %W'), ('2019 52 Sun', '%Y %U %a'), ('30 Feb 2020', '%d %b %Y'), ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('1 am', '%I %p')]:
    attempt('strp %r' % s, lambda: datetime.strptime(s, f))
# timezone
for z in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(hours=-3, seconds=-30)), timezone(timedelta(microseconds=1)), timezone.min, timezone.max]:
    print(repr(z), str(z), z.utcoffset(None), z.dst(None), z.tzname(None), z == timezone.utc, hash(z) == hash(z.utcoffset(None)))
for bad in [lambda: timezone(5), lambda: timezone(timedelta(1)), lambda: timezone(timedelta(0), 5), lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.fromutc(datetime(2020, 1, 1)), lambda: timezone.utc.fromutc(3), lambda: D.tzinfo().utcoffset(None), lambda: D.tzinfo().fromutc(datetime(2020, 1, 1, tzinfo=tz1))]:
    attempt('tz', bad)
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), tz1.fromutc(datetime(2020, 1, 1, tzinfo=tz1)))
for obj in [dt, aware, date(2020, 1, 1), time(1, 2, 3, 4, tz1), timedelta(1, 2, 3), tz1, timezone.utc, date(2020, 1, 1).isocalendar()]:
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back), back == obj, repr(copy.deepcopy(obj)))
class MyTZ(D.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2) if dt and dt.month > 6 else timedelta(hours=1)
    def dst(self, dt): return timedelta(hours=1) if dt and dt.month > 6 else timedelta(0)
    def tzname(self, dt): return 'MY'
m = MyTZ()
x = datetime(2020, 7, 1, 12, tzinfo=timezone.utc).astimezone(m)
print(x, x.tzname(), x.dst(), x.utcoffset(), x.timetuple().tm_isdst, datetime(2020, 1, 1, tzinfo=m).timestamp(), datetime(2020, 1, 1, tzinfo=m).strftime('%z %Z'))
class BadTZ(D.tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 7
attempt('badtz', lambda: datetime(2020, 1, 1, tzinfo=BadTZ()).utcoffset())
attempt('badtz name', lambda: datetime(2020, 1, 1, tzinfo=BadTZ()).tzname())
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1.5e9 + 0.0000005), datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.fromtimestamp(-1.25, tz1), date.fromtimestamp(0) if False else '')
attempt('ts nan', lambda: datetime.utcfromtimestamp(float('nan')))
attempt('ts big', lambda: datetime.utcfromtimestamp(1e20))
attempt('ts far', lambda: datetime.utcfromtimestamp(-1e12))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), aware.timestamp(), datetime(2020, 1, 1, 12).replace(tzinfo=timezone.utc) == datetime(2020, 1, 1, 12, 30, tzinfo=timezone(timedelta(minutes=30))))
class Sub(datetime): pass
s = Sub(2020, 1, 1)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(Sub.fromordinal(5)).__name__, type(s.replace(day=2)).__name__, repr(Sub.combine(date(2020, 1, 1), time(3))))
print(D.MINYEAR, D.MAXYEAR, D.UTC is timezone.utc, sorted(D.__all__), date.max, date.min, datetime.max, time.max, repr(date.resolution))
print({dt: 1, aware: 2, date(2020, 1, 1): 3, time(1): 4}.__len__(), hash(aware) == hash(aware.astimezone(timezone.utc)))
