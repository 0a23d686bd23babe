# fileinput: compressed files through hook_compressed, path objects, the
# default file list, readline() at the end, and the errors argument.
import fileinput
import gzip
import io
import os
import pathlib
import sys
import tempfile

home = os.getcwd()
tmp = tempfile.mkdtemp()
os.chdir(tmp)
with gzip.open('packed.gz', 'wb') as f:
    f.write('zipped \xe9\nsecond\n'.encode('utf-8'))
with open('plain.txt', 'w') as f:
    f.write('plain 1\nplain 2\n')
with open('bad.txt', 'wb') as f:
    f.write(b'ok\n\xff\xfe bad\n')

hook = fileinput.hook_compressed
print(list(fileinput.input(['packed.gz', 'plain.txt'], openhook=hook)))
fileinput.close()
print(list(fileinput.FileInput(['packed.gz', 'plain.txt'], mode='rb', openhook=hook)))
print(list(fileinput.FileInput('packed.gz', openhook=hook, encoding='latin-1')))
print(fileinput.hook_encoded('utf-8').__name__, callable(hook))

with fileinput.FileInput(pathlib.Path('plain.txt')) as fi:
    print(fi.filename(), list(fi), fi.lineno(), fi.filelineno(), fi.fileno())

saved_argv = sys.argv
sys.argv = ['prog', 'plain.txt', 'plain.txt']
fi = fileinput.FileInput()
print(fi.readline(), fi.readline(), fi.readline(), end='')
print(fi.lineno(), fi.filelineno(), fi.isfirstline())
print(repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), fi.lineno())
fi.close()
sys.argv = saved_argv

print(list(fileinput.FileInput('bad.txt', errors='replace')))
print(list(fileinput.FileInput('bad.txt', encoding='ascii', errors='ignore')))
try:
    list(fileinput.FileInput('bad.txt', encoding='utf-8'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
try:
    list(fileinput.FileInput('bad.txt', mode='rb', errors='strict'))
except ValueError as e:
    print('ValueError:', e)

saved = sys.stdin
sys.stdin = io.StringIO('one\ntwo\n')
fi = fileinput.input([])
print(next(fi), fi.filename(), fi.isstdin(), fi.fileno())
fileinput.nextfile()
print(fileinput.filename(), fileinput.isstdin(), fileinput.lineno(), list(fi))
fileinput.close()
sys.stdin = saved
try:
    fileinput.filename()
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.close()

for name in sorted(os.listdir('.')):
    os.remove(name)
os.chdir(home)
os.rmdir(tmp)
