# stat: type predicates, permission masks, filemode, and argument checking.
import os
import stat
import tempfile

kinds = [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK,
         stat.S_IFIFO, stat.S_IFSOCK, 0, 0o170000]
preds = [stat.S_ISREG, stat.S_ISDIR, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
         stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for kind in kinds:
    mode = kind | 0o644
    print(oct(mode), stat.filemode(mode), oct(stat.S_IFMT(mode)), oct(stat.S_IMODE(mode)),
          [p.__name__ for p in preds if p(mode)])
for bits in (0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1776, 0o7777, 0o7000, 0):
    print(oct(bits), stat.filemode(stat.S_IFREG | bits), stat.filemode(stat.S_IFDIR | bits))
print(stat.filemode(True), stat.S_IMODE(True), stat.S_ISDIR(False), stat.filemode(2 ** 32 - 1))
for bad in ('x', 1.5, None, -1, -2 ** 70, 2 ** 32, 2 ** 64, 2 ** 70):
    for fn in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode, stat.S_ISDOOR):
        try:
            print(fn.__name__, fn(bad))
        except (TypeError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID,
      stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
print(stat.S_IREAD == stat.S_IRUSR, stat.S_IWRITE == stat.S_IWUSR, stat.S_IEXEC == stat.S_IXUSR,
      stat.S_ENFMT == stat.S_ISGID, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO == 0o777)
print(hex(stat.UF_HIDDEN), hex(stat.SF_SNAPSHOT), hex(stat.FILE_ATTRIBUTE_DIRECTORY),
      hex(stat.FILE_ATTRIBUTE_NO_SCRUB_DATA), stat.S_IFDOOR, stat.S_IFPORT, stat.S_IFWHT)

base = tempfile.mkdtemp()
path = os.path.join(base, 'f')
open(path, 'w').close()
os.chmod(path, 0o751)
st = os.stat(path)
print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), oct(stat.S_IMODE(st.st_mode)))
print(stat.filemode(os.stat(base).st_mode)[0], stat.S_ISDIR(os.stat(base).st_mode))
os.remove(path)
os.rmdir(base)
