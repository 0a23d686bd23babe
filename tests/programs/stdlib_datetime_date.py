from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, datetime.min, datetime.max, repr(datetime.resolution))
for args in [(2020, 2, 29), (2019, 2, 29), (1900, 2, 29), (2000, 2, 29), (1, 1, 1), (9999, 12, 31),
             (0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 13, 1), (2020, 4, 31), (2020, 4, 0),
             (2020.0, 1, 1), ('2020', 1, 1)]:
    run('date%r' % (args,), lambda: date(*args))
d = date(2021, 3, 14)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.ctime())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.isoformat(), format(d), format(d, '%d/%m/%Y'))
print(f'{d:%A %d %B %Y}', '{:%j}'.format(d))
for y, m, dd in [(2004, 1, 1), (2005, 1, 1), (2005, 1, 2), (2008, 12, 29), (2009, 12, 31), (2010, 1, 3),
                 (2020, 12, 31), (2021, 1, 3), (2026, 1, 1), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x,
          x.strftime('%a %A %b %B %j %U %W %V %G %u %w %y %Y %x %c %%'))
# ordinals round trip across many years
ok = True
for n in range(1, 3652060, 9973):
    x = date.fromordinal(n)
    if x.toordinal() != n:
        ok = False
print('ordinal roundtrip', ok, date.fromordinal(730120), date.fromordinal(3652059))
run('fromordinal 0', lambda: date.fromordinal(0))
run('fromordinal max+1', lambda: date.fromordinal(3652060))
print(d + timedelta(days=30), d - timedelta(days=365), timedelta(1) + d, d + timedelta(hours=47))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, type(d - d).__name__)
run('max+1', lambda: date.max + timedelta(1))
run('min-1', lambda: date.min - timedelta(1))
print(d.replace(day=1), d.replace(year=2020, month=2, day=29))
run('replace bad', lambda: d.replace(month=2, day=30))
print(d == date(2021, 3, 14), d != date(2021, 3, 14), d < date(2021, 3, 15), d >= date(2022, 1, 1))
print(d == datetime(2021, 3, 14), datetime(2021, 3, 14) == d, d == 5, d != 'x')
run('d < datetime', lambda: d < datetime(2021, 3, 14))
run('datetime > d', lambda: datetime(2021, 3, 14) > d)
print(hash(d) == hash(date(2021, 3, 14)), {d: 1}[date(2021, 3, 14)], sorted([d, date(2000, 1, 1), date(2021, 3, 13)]))
print(date.fromisoformat('2021-03-14'), date.fromisoformat('20210314'), date.fromisoformat('2021-W10-7'),
      date.fromisoformat('2021W107'), date.fromisoformat('2021-W10'), date.fromisoformat('2021W10'))
for s in ['2021-3-14', '2021-02-30', '2021-03-14T00:00', '', '21-03-14', '2021/03/14', '2021-W54-1', '２０２１-03-14', '2021-W1-1', '2021-03-1x']:
    run('fromisoformat %r' % s, lambda: date.fromisoformat(s))
run('fromisoformat int', lambda: date.fromisoformat(20210314))
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2004, 1, 1))
run('fromisocalendar 2021 53', lambda: date.fromisocalendar(2021, 53, 1))
run('fromisocalendar day 0', lambda: date.fromisocalendar(2021, 5, 0))
run('fromisocalendar year', lambda: date.fromisocalendar(0, 5, 1))
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.25 * 30), isinstance(date.today(), date))
print(dtmod.date is date, date.__name__)

class MyDate(date):
    def double_day(self):
        return self.day * 2
m = MyDate(2020, 5, 17)
print(repr(m), m.double_day(), type(m + timedelta(1)).__name__, type(m.replace(day=3)).__name__, type(MyDate.fromordinal(5)).__name__)
print(repr(date(2020, 1, 1).isocalendar()))
