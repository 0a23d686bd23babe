import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EINVAL)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.EDEADLOCK], errno.ENOTSUP == errno.EOPNOTSUPP)
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
try:
    os.stat("/no/such/file/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
try:
    os.mkdir("/")
except FileExistsError as e:
    print(errno.errorcode[e.errno])
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:8])
