import time, os
for f in [lambda: time.gmtime('x'), lambda: time.gmtime(2**70), lambda: time.gmtime(1e30), lambda: time.gmtime(float('nan')),
          lambda: time.mktime((1,2)), lambda: time.mktime(5), lambda: time.asctime((2024,1,1,25,0,0,0,1,0)),
          lambda: time.strftime(5), lambda: time.strftime('%Y', (2024,1,1,0,0,0,-2,1,0)), lambda: time.strptime('1', '%q'),
          lambda: time.strptime(1), lambda: time.strftime('a\0b'), lambda: os.environ.__getitem__(5),
          lambda: os.putenv('a=b', 'c'), lambda: os.fstat(-1), lambda: os.fstat('x'), lambda: os.listdir(5.0),
          lambda: os.urandom(-1), lambda: os.unsetenv(''),]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(time.gmtime(-1e9), time.gmtime(1.99).tm_sec, time.gmtime(-0.5).tm_sec)
print(time.asctime((2024,0,0,0,0,0,0,0,0)), time.strftime('%j %a', (2024,0,0,0,0,0,6,0,0)))
print(time.strptime('Monday 5 February 2024', '%A %d %B %Y')[:], time.strptime('12 am', '%I %p').tm_hour)
print(time.strptime('2024-W10-3', '%G-W%V-%u')[:])
t = time.gmtime(0)
print(t == (1970,1,1,0,0,0,3,1,0), t[2:5], list(t)[-2:], hash(t) == hash(tuple(t)), time.struct_time(t) == t)
print(os.stat_result(tuple(range(10))).st_atime, os.stat_result(tuple(range(10))))
