# shutil: copytree options, rmtree error reporting, move corner cases, which.
import io
import os
import shutil
import stat
import tempfile
from pathlib import Path

home = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)


def write(path, text='x'):
    with open(path, 'w') as f:
        f.write(text)


def listing(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            full = os.path.join(root, name)
            kind = 'L' if os.path.islink(full) else 'D' if os.path.isdir(full) else 'F'
            found.append(kind + ' ' + os.path.relpath(full, top))
    return found


def record(function, path, exc_info):
    print('  onerror', function.__name__, os.path.relpath(path, base), exc_info[0].__name__)


os.makedirs('src/sub/deep')
write('src/a.txt', 'alpha')
write('src/b.pyc')
write('src/sub/c.txt', 'gamma')
write('src/sub/deep/d.log')
os.symlink('a.txt', 'src/link_to_a')
os.symlink('sub', 'src/link_to_sub')
os.symlink('missing', 'src/dangling')

# Links copied as links, then as their targets (a dangling one fails or is skipped).
print(shutil.copytree('src', 'as_links', symlinks=True))
print(listing('as_links'), os.readlink('as_links/link_to_a'))
try:
    shutil.copytree('src', 'as_targets')
except shutil.Error as e:
    print('Error', [(os.path.basename(s), os.path.basename(d)) for s, d, why in e.args[0]])
shutil.copytree('src', 'skipping', ignore_dangling_symlinks=True,
                ignore=shutil.ignore_patterns('*.pyc', 'deep'))
print(listing('skipping'))
try:
    shutil.copytree('src', 'skipping', ignore=shutil.ignore_patterns('dangling'))
except FileExistsError as e:
    print('FileExistsError', e.strerror)
write('skipping/extra')
shutil.copytree('src/sub', 'skipping', dirs_exist_ok=True)
print(listing('skipping'))
seen = []


def spy(directory, names):
    seen.append((os.path.relpath(directory, base), sorted(names)))
    return {'dangling'}


copied = []
shutil.copytree(Path('src'), Path('spied'), ignore=spy,
                copy_function=lambda s, d: copied.append(os.path.basename(d)) or shutil.copy(s, d))
print(seen, sorted(copied))
try:
    shutil.copytree('nowhere', 'x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)

# Single files.
try:
    shutil.copyfile('src/a.txt', 'no_dir/')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    shutil.copyfile('src/a.txt', 'src')
except IsADirectoryError as e:
    print('IsADirectoryError', e.strerror)
try:
    shutil.copyfile(Path('src/a.txt'), Path('src/../src/a.txt'))
except shutil.SameFileError as e:
    print('SameFileError', e)
print(shutil.copy('src/a.txt', 'as_links'), shutil.copy2(Path('src/a.txt'), Path('a_copy')))
print(shutil.copyfile('src/link_to_a', 'link_copy', follow_symlinks=False), os.path.islink('link_copy'))
os.chmod('src/a.txt', 0o600)
shutil.copymode('src/a.txt', 'a_copy')
print(oct(stat.S_IMODE(os.stat('a_copy').st_mode)))
shutil.copymode('src/link_to_a', 'link_copy', follow_symlinks=False)
shutil.copystat('src/link_to_a', 'link_copy', follow_symlinks=False)
os.utime('src/sub/c.txt', (1_000_000, 2_000_000))
shutil.copystat('src/sub/c.txt', 'a_copy')
print(os.stat('a_copy').st_mtime, oct(stat.S_IMODE(os.stat('a_copy').st_mode)))
out = io.StringIO()
shutil.copyfileobj(io.StringIO('abcdefg' * 3), out, 5)
print(out.getvalue())

# rmtree on things that are not directories, and with reported failures.
write('plain')
os.symlink('src', 'dir_link')
os.symlink('plain', 'file_link')
for name in ('plain', 'dir_link', 'file_link', 'nothing'):
    print(name)
    shutil.rmtree(name, onerror=record)
    try:
        shutil.rmtree(name)
    except OSError as e:
        print('  raised', type(e).__name__, e)
    shutil.rmtree(name, ignore_errors=True)
print(os.path.exists('plain'), os.path.exists('src/a.txt'))
shutil.rmtree(Path('as_links'))
shutil.rmtree(b'skipping')
print(sorted(os.listdir('.')))

# move: into a directory, over an existing name, into itself.
os.mkdir('dest')
write('m1')
print(shutil.move('m1', 'dest/'), shutil.move('dest/m1', 'm2'), shutil.move(Path('m2'), Path('m3')))
write('dest/m3')
try:
    shutil.move('m3', 'dest')
except shutil.Error as e:
    print('Error', os.path.relpath(str(e), base) if os.path.isabs(str(e)) else e)
print(shutil.move('spied', 'dest'), listing('dest'))
try:
    shutil.move('dest', 'dest/inner')
except OSError as e:
    print(type(e).__name__)

# which: a given search path, bytes, directories and non-executables skipped.
os.mkdir('bin')
write('bin/tool')
write('bin/data')
os.chmod('bin/tool', 0o755)
os.mkdir('bin/dirtool')
print(shutil.which('tool', path='bin'), shutil.which('data', path='bin'), shutil.which('dirtool', path='bin'))
print(shutil.which(b'tool', path='bin'), shutil.which('data', mode=os.R_OK, path='nope' + os.pathsep + 'bin'))
print(shutil.which('bin/tool'), shutil.which('./bin/data'), shutil.which('tool', path=''))
os.environ['COLUMNS'] = 'wide'
os.environ['LINES'] = '-3'
print(shutil.get_terminal_size((33, 44)))
os.chdir(home)
shutil.rmtree(base)
print(os.path.exists(base))
