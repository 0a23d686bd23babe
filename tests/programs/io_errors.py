# Errors from files: missing paths, directories, closed files, unsupported operations.
import io
import os
name = 'io_errors_%d.tmp' % os.getpid()
try:
    open('io_errors_no_such_dir/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
try:
    open('io_errors_missing.txt', 'rb')
except OSError as e:
    print(type(e).__name__, e)
try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open('.', 'w')
except OSError as e:
    print(type(e).__name__, e)
f = open(name, 'w')
f.write('data')
f.close()
for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.readline(), lambda: f.flush(),
           lambda: f.tell(), lambda: f.seek(0), lambda: iter(f), lambda: next(f), lambda: f.readable()]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print('with:', e)
f = open(name)
for op in [lambda: f.write('x'), lambda: f.writelines(['x']), lambda: f.truncate(), lambda: f.seek(1, 1), lambda: f.seek(-1, 2)]:
    try:
        op()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
for op in [lambda: f.seek(0, 3), lambda: f.seek(-1)]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    f.read('x')
except TypeError as e:
    print(e)
f.close()
f = open(name, 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print(e)
try:
    f.write(b'bytes')
except TypeError as e:
    print(e)
try:
    f.write(5)
except TypeError as e:
    print(e)
f.close()
f = open(name, 'wb')
for op in [lambda: f.write('text'), lambda: f.read(), lambda: f.seek(0, 9)]:
    try:
        op()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    f.seek(-5)
except OSError as e:
    print(type(e).__name__, e, e.errno)
f.close()
with open(name, 'w', encoding='ascii') as f:
    try:
        f.write('caf\xe9')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
with open(name, 'wb') as f:
    f.write(b'ok\xff\n')
with open(name) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open(name, errors='replace') as f:
    print(repr(f.read()))
print(io.UnsupportedOperation.__mro__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
os.remove(name)
try:
    os.remove(name)
except FileNotFoundError as e:
    print(e.strerror)
