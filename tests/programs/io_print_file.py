# print(..., file=...) to files and the standard streams; sys.stdout / sys.stderr methods.
import os
import sys
name = 'io_print_file_%d.tmp' % os.getpid()
with open(name, 'w') as f:
    print('hello', 42, [1, 2], file=f)
    print('a', 'b', sep='-', end='!\n', file=f)
    print(file=f)
    print('flushed', file=f, flush=True)
    print('no newline', end='', file=f)
with open(name) as f:
    print(repr(f.read()))
print('to stdout explicitly', file=sys.stdout)
print('to stdout with None', file=None)
print(sys.stdout.write('written directly\n'), sys.stdout.write(''))
sys.stdout.writelines(['one ', 'two\n'])
sys.stdout.flush()
print(sys.stderr.write('to stderr\n'))
print('error line', 1, file=sys.stderr)
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed)
print(sys.stdout.writable(), sys.stdout.readable())
print(type(sys.stdout).__name__, type(sys.stdout) is type(open(name)))
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable(), type(sys.stdin).__name__)
try:
    sys.stdin.write('x')
except OSError as e:
    print(type(e).__name__, e)
with open(name, 'wb') as f:
    try:
        print('text', file=f)
    except TypeError as e:
        print('binary file:', e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print('x', 'y', file=c)
print(c.parts)
try:
    print('x', file=42)
except AttributeError as e:
    print(e)
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print(e)
saved = sys.stdout
sys.stdout = Collector()
print('captured', 1, 2)
print('more', end='')
captured = sys.stdout.parts
sys.stdout = saved
print('restored', captured)
sys.stdout = None
print('silenced')
sys.stdout = saved
os.remove(name)
# A non-zero exit status after writing to stderr.
sys.exit(2)
