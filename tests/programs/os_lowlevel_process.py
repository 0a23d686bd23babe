# Low-level os facts about the process and the argument checks of the descriptor
# functions; nothing printed depends on the machine.
import os


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "errno", None))
    else:
        print(label, "->", repr(r))


ids = [os.getuid(), os.geteuid(), os.getgid(), os.getegid(), os.getppid(), os.getpgrp()]
print([type(i).__name__ for i in ids], all(i >= 0 for i in ids))
print(os.getppid() != os.getpid())
print(os.getsid(0) == os.getsid(os.getpid()))
attempt("getsid of no process", os.getsid, 2 ** 30)
attempt("getuid(1)", os.getuid, 1)

old = os.umask(0o27)
print(os.umask(old) == 0o27)

t = os.times()
print(type(t).__name__, type(t).__module__, len(t), t.n_fields)
print([type(v).__name__ for v in t], t[0] == t.user, t.elapsed > 0)
print(repr(t).startswith("posix.times_result(user="))
print(os.times_result.__name__)

la = os.getloadavg()
print(type(la).__name__, len(la), all(isinstance(v, float) and v >= 0 for v in la))

print(type(os.sysconf_names).__name__, "SC_PAGESIZE" in os.sysconf_names)
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGE_SIZE"]))
print(os.sysconf("SC_PAGESIZE") > 0, os.sysconf("SC_CLK_TCK") > 0)
print(os.sysconf("SC_NPROCESSORS_ONLN") >= 1)
attempt("sysconf unknown", os.sysconf, "SC_NOT_A_NAME")
attempt("sysconf float", os.sysconf, 1.5)
attempt("sysconf negative", os.sysconf, -5)
attempt("sysconf huge", os.sysconf, 10 ** 30)

n = os.nice(0)
print(type(n).__name__, os.nice(0) == n)
attempt("nice str", os.nice, "a")
try:
    print("getlogin", type(os.getlogin()) is str)
except OSError:
    # No controlling terminal or login record: as fine as a name.
    print("getlogin", True)

size = os.terminal_size((80, 24))
print(size, size.columns, size.lines, type(size).__module__)

for n in ("O_RDONLY O_WRONLY O_RDWR O_CREAT O_EXCL O_TRUNC O_APPEND O_NONBLOCK "
          "O_CLOEXEC O_DIRECTORY O_NOFOLLOW O_SYNC O_DSYNC O_NOCTTY O_ACCMODE "
          "SEEK_SET SEEK_CUR SEEK_END").split():
    print(n, getattr(os, n))

# Argument checking.
attempt("open no flags", os.open, "x")
attempt("open no args", os.open)
attempt("open str flags", os.open, "x", "a")
attempt("open int path", os.open, 5, 0)
attempt("open 4 positional", os.open, "x", 0, 0o777, 5)
attempt("read bad fd", os.read, 1000, 5)
attempt("read one arg", os.read, 0)
attempt("read keywords", os.read, fd=0, n=1)
attempt("read str fd", os.read, "a", 1)
attempt("write str", os.write, 1000, "text")
attempt("write int", os.write, 1000, 5)
attempt("close bad fd", os.close, 1000)
attempt("close keyword", os.close, fd=1000)
attempt("close missing", os.close)
attempt("close huge", os.close, 2 ** 40)
attempt("lseek bad fd", os.lseek, 1000, 0, 0)
attempt("lseek huge", os.lseek, 0, 2 ** 64, 0)
attempt("dup bad fd", os.dup, 1000)
attempt("dup keyword", os.dup, fd=1)
attempt("dup2 bad fd", os.dup2, 1000, 1000)
attempt("dup2 missing", os.dup2)
attempt("fsync bad fd", os.fsync, 1000)
attempt("fsync negative", os.fsync, -1)
attempt("fsync str", os.fsync, "a")


class HasFileno:
    def fileno(self):
        return 1000


attempt("fsync fileno object", os.fsync, HasFileno())
attempt("ftruncate bad fd", os.ftruncate, 1000, 0)
attempt("ftruncate one arg", os.ftruncate, 1000)
attempt("truncate float", os.truncate, 3.5, 0)
attempt("truncate bad fd", os.truncate, 1000, 0)
attempt("get_blocking bad fd", os.get_blocking, 1000)
attempt("set_blocking str", os.set_blocking, 0, "x")
attempt("isatty bad fd", os.isatty, 1000)
attempt("isatty negative", os.isatty, -1)
attempt("isatty huge", os.isatty, 2 ** 40)
attempt("ttyname bad fd", os.ttyname, 1000)
attempt("get_terminal_size bad fd", os.get_terminal_size, 1000)
attempt("get_terminal_size two", os.get_terminal_size, 1, 2)
attempt("device_encoding bad fd", os.device_encoding, 1000)
attempt("device_encoding keyword", os.device_encoding, fd=1000)
attempt("chown float uid", os.chown, "/nonexistent", 1.5, -1)
attempt("chown huge uid", os.chown, "/nonexistent", 2 ** 32, -1)
attempt("chown bigger uid", os.chown, "/nonexistent", 2 ** 64, -1)
attempt("chown negative uid", os.chown, "/nonexistent", -2, -1)
attempt("chown missing gid", os.chown, "/nonexistent", -1)
attempt("chown bad fd", os.chown, 1000, -1, -1)
attempt("lchown int", os.lchown, 1000, -1, -1)
attempt("umask str", os.umask, "a")
attempt("umask keyword", os.umask, mask=0)
