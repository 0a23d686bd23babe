import pickle
from datetime import date, time, datetime, timedelta, timezone
for v in [date(2024,3,1), time(13, 5, 7, 123456), datetime(2024, 3, 1, 13, 5, 7, 9), timedelta(1, 2, 3), timezone.utc, timezone(timedelta(hours=2), 'X'), datetime(2024,1,1,tzinfo=timezone.utc), time(1, fold=1), datetime(2024,1,1,fold=1)]:
    for p in (0, 2, 4):
        d = pickle.dumps(v, p)
        print(p, d, pickle.loads(d) == v)
    print(v.__reduce_ex__(2))
print(date(b'\x07\xe8\x03\x01'), datetime(b'\x07\xe8\x03\x01\x01\x02\x03\x00\x00\x01'), time(b'\x01\x02\x03\x00\x00\x01'))
