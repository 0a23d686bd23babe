import os, time, datetime, logging
os.environ['TZ'] = 'Europe/Berlin'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
dt = datetime.datetime.fromtimestamp(1700000000)
print(dt, dt.timestamp(), datetime.date.fromtimestamp(1700000000 - 80000))
print(datetime.datetime.fromtimestamp(1690000000.25), datetime.datetime.utcfromtimestamp(1690000000.25))
print(datetime.datetime(2024, 7, 1, 12).timestamp(), datetime.datetime(2024, 1, 1, 12).timestamp())
aw = datetime.datetime(2024, 7, 1, 12).astimezone()
print(aw, aw.tzname(), aw.utcoffset())
print(datetime.datetime(2024, 7, 1, 12, tzinfo=datetime.timezone.utc).astimezone())
# the repeated hour when DST ends: 2023-10-29 02:30 happens twice
a = datetime.datetime.fromtimestamp(1698539400)
b = datetime.datetime.fromtimestamp(1698539400 + 3600)
print(a, a.fold, b, b.fold, a.timestamp(), b.timestamp())
print(datetime.datetime(2023, 10, 29, 2, 30, fold=1).timestamp(), datetime.datetime(2024, 3, 31, 2, 30).timestamp())
now = datetime.datetime.now(); today = datetime.date.today()
print(abs((now - datetime.datetime.fromtimestamp(time.time())).total_seconds()) < 5, today == now.date() or today < now.date())
class F(logging.Formatter):
    converter = time.gmtime
r = logging.LogRecord('n', logging.INFO, 'p', 1, 'msg', None, None)
r.created = 1700000000.5; r.msecs = 500.0
print(F('%(asctime)s %(message)s').format(r))
print(logging.Formatter('%(asctime)s %(message)s', '%Y-%m-%d %H:%M:%S %Z').format(r))
print(time.localtime(1700000000), time.mktime(time.localtime(1700000000)))
print(time.strftime('%c %Z %z', time.localtime(1690000000)), time.ctime(1690000000))
os.environ['TZ'] = 'UTC'; time.tzset()
print(datetime.datetime.fromtimestamp(1700000000), time.tzname)
del os.environ['TZ']
