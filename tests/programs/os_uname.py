# os.uname(): a posix.uname_result of five strings, which platform's answers agree with.
import os
import platform

u = os.uname()
print(type(u).__module__, type(u).__name__, len(u), isinstance(u, tuple))
print(all(isinstance(f, str) for f in u))
print(u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3],
      u.machine == u[4])
print(repr(u).startswith("posix.uname_result(sysname='"))
print(platform.system() == u.sysname, platform.node() == u.nodename,
      platform.machine() == u.machine, platform.release() == u.release,
      platform.version() == u.version)
print(tuple(platform.uname())[:5] == tuple(u))
try:
    os.uname(1)
except TypeError as e:
    print('TypeError:', e)
