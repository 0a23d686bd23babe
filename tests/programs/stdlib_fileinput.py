# fileinput: several files in turn, line numbers, nextfile, in-place editing,
# open hooks, binary mode, and standard input.
import fileinput
import io
import os
import sys
import tempfile

home = os.getcwd()
tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open('a.txt', 'w') as f:
    f.write('alpha 1\nalpha 2\nalpha 3\n')
with open('empty.txt', 'w') as f:
    pass
with open('b.txt', 'w') as f:
    f.write('beta 1\nbeta 2 (no newline)')
with open('latin.txt', 'wb') as f:
    f.write('caf\xe9\n'.encode('latin-1'))

for line in fileinput.input(['a.txt', 'empty.txt', 'b.txt']):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2, repr(line))
print(fileinput.filename(), fileinput.lineno(), fileinput.fileno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print('RuntimeError:', e)

with fileinput.FileInput(('a.txt', 'b.txt')) as fi:
    print(fi.filename(), fi.lineno(), fi.fileno())
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
            print('skip rest of', fi.filename())
            continue
        print(fi.lineno(), line.rstrip())
    print(fi.readline() == '', fi.lineno())

fi = fileinput.input('a.txt')
print(fi.readline(), end='')
try:
    fileinput.input('b.txt')
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.close()

# In-place: what is printed becomes the file; the backup is kept when named.
for line in fileinput.input('a.txt', inplace=True, backup='.orig'):
    print(line.upper(), end='')
    if fileinput.isfirstline():
        print('# inserted')
print(sys.stdout is sys.__stdout__)
print(open('a.txt').read(), end='')
print(open('a.txt.orig').read(), end='')
with fileinput.input(files=['b.txt'], inplace=True) as fi:
    for line in fi:
        print(line.replace('beta', 'BETA'))
print(repr(open('b.txt').read()), sorted(os.listdir('.')))

print(list(fileinput.input('latin.txt', openhook=fileinput.hook_encoded('latin-1'))))
print(list(fileinput.input('latin.txt', mode='rb')))
print(list(fileinput.FileInput('latin.txt', encoding='latin-1')))

saved = sys.stdin
sys.stdin = io.StringIO('from stdin\nline two\n')
for line in fileinput.input(['-', 'empty.txt']):
    print(fileinput.filename(), fileinput.isstdin(), fileinput.lineno(), repr(line))
sys.stdin = saved
fileinput.close()

for bad in [dict(mode='w'), dict(inplace=True, openhook=open), dict(openhook='nope')]:
    try:
        fileinput.FileInput('a.txt', **bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(fileinput.input('missing.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError:', e.strerror, e.filename)
fileinput.close()
print(fileinput.FileInput[str])

for name in os.listdir('.'):
    os.remove(name)
os.chdir(home)
os.rmdir(tmp)
