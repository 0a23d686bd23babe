# date.timetuple / datetime.timetuple / datetime.utctimetuple build time.struct_time
from datetime import date, datetime, timedelta, timezone, tzinfo
import time

t = date(2024, 12, 31).timetuple()
print(t)
print(t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_zone, type(t).__name__, tuple(t))
print(date(2023, 3, 1).timetuple().tm_yday, date(1, 1, 1).timetuple())
print(datetime(2024, 2, 29, 13, 45, 59, 999).timetuple())
aware = datetime(2024, 1, 1, 2, 30, tzinfo=timezone(timedelta(hours=5)))
print(aware.timetuple())
print(aware.utctimetuple())
print(datetime(2024, 6, 1, 12).utctimetuple())


class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return timedelta(hours=1) if dt.month in (6, 7, 8) else timedelta(0)


print(datetime(2024, 7, 1, tzinfo=Summer()).timetuple().tm_isdst)
print(datetime(2024, 1, 1, tzinfo=Summer()).timetuple().tm_isdst)
print(time.strftime("%Y-%m-%d %j", datetime(2024, 3, 10, 8).timetuple()))
print(time.mktime(datetime(2024, 3, 10, 8).timetuple()) == datetime(2024, 3, 10, 8).timestamp())
