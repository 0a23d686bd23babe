import pickle
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
import zoneinfo

berlin = ZoneInfo("Europe/Berlin")
print(repr(berlin), str(berlin), berlin.key, ZoneInfo("Europe/Berlin") is berlin)
print(ZoneInfo.no_cache("Europe/Berlin") is berlin, ZoneInfo.no_cache("Europe/Berlin").key)

zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
         "Pacific/Chatham", "America/Sao_Paulo", "Asia/Tokyo", "Europe/Dublin"]
moments = [datetime(1890, 6, 1, 12, tzinfo=timezone.utc), datetime(1944, 8, 1, tzinfo=timezone.utc),
           datetime(1995, 1, 15, 12, tzinfo=timezone.utc), datetime(2024, 7, 1, 12, tzinfo=timezone.utc),
           datetime(2024, 12, 24, 18, tzinfo=timezone.utc), datetime(2051, 7, 4, 9, 30, tzinfo=timezone.utc)]
for key in zones:
    tz = ZoneInfo(key)
    for moment in moments:
        local = moment.astimezone(tz)
        print(f"{key:<20} {local.isoformat()} {local.tzname():>6} dst={local.dst()} fold={local.fold}")

# The gap and the fold of 2024 in Berlin and New York
for key, gap, fold in [("Europe/Berlin", datetime(2024, 3, 31, 2, 30), datetime(2024, 10, 27, 2, 30)),
                       ("America/New_York", datetime(2024, 3, 10, 2, 30), datetime(2024, 11, 3, 1, 30)),
                       ("Australia/Lord_Howe", datetime(2024, 10, 6, 2, 15), datetime(2024, 4, 7, 1, 45))]:
    tz = ZoneInfo(key)
    for naive in (gap, fold):
        for f in (0, 1):
            dt = naive.replace(tzinfo=tz, fold=f)
            print(key, dt, f, dt.utcoffset(), dt.tzname(), dt.dst(), dt.astimezone(timezone.utc).time())

# transitions one hour apart in UTC around a fold
tz = ZoneInfo("Europe/Berlin")
start = datetime(2024, 10, 27, 0, 0, tzinfo=timezone.utc)
for h in range(4):
    local = (start + timedelta(minutes=30 * h)).astimezone(tz)
    print(local, local.fold, local.tzname())
start = datetime(1996, 10, 27, 0, 0, tzinfo=timezone.utc)
for h in range(4):
    local = (start + timedelta(minutes=30 * h)).astimezone(tz)
    print(local, local.fold, local.tzname())

meeting = datetime(2024, 11, 5, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
for key in ("Europe/London", "Asia/Singapore", "Pacific/Auckland"):
    print(f"{key}: {meeting.astimezone(ZoneInfo(key)):%Y-%m-%d %H:%M %Z (%z)}")
print(datetime(2024, 6, 1, tzinfo=berlin) - datetime(2024, 1, 1, tzinfo=berlin))
print(datetime(2024, 6, 1, 12, tzinfo=berlin) == datetime(2024, 6, 1, 10, tzinfo=timezone.utc))
print(ZoneInfo("UTC").utcoffset(None), berlin.utcoffset(None), berlin.tzname(None), ZoneInfo("Asia/Tokyo").utcoffset(None))
with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    tokyo = ZoneInfo.from_file(f, key="Tokyo file")
print(repr(tokyo), tokyo.utcoffset(datetime(2020, 1, 1)), tokyo is ZoneInfo("Asia/Tokyo"))
print(pickle.loads(pickle.dumps(berlin)) is berlin)
for bad in ["Nowhere/City", "/etc/localtime", "../etc", "Europe//Berlin", "Europe/"]:
    try:
        ZoneInfo(bad)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(ZoneInfoNotFoundError, KeyError))
names = available_timezones()
print("Europe/Berlin" in names, "posixrules" in names, "right/UTC" in names, all("/" in n or n.isalpha() or True for n in names))
print(sorted(n for n in names if n.startswith("Europe/B")))
print(zoneinfo.TZPATH)
try:
    datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(berlin).replace(tzinfo=ZoneInfo("Asia/Tokyo"))
    berlin.fromutc(datetime(2024, 1, 1))
except ValueError as e:
    print("ValueError:", e)
