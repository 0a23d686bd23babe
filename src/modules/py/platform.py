"""Facts about the machine, the operating system and the interpreter.

The system facts come from os.uname(); the interpreter's own from sys, and
the C library's from the running binary.
"""

import os
import sys
import struct
import collections

__version__ = '1.0.8'

__all__ = [
    'architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver', 'mac_ver',
    'machine', 'node', 'platform', 'processor', 'python_branch', 'python_build',
    'python_compiler', 'python_implementation', 'python_revision',
    'python_version', 'python_version_tuple', 'release', 'system',
    'system_alias', 'uname', 'uname_result', 'version', 'win32_edition',
    'win32_is_iot', 'win32_ver',
]


# ---------------------------------------------------------------------------
# Small file helpers

def _elf_header(path):
    """The first bytes of an ELF file, or b'' if PATH is not one."""
    try:
        with open(path, 'rb') as f:
            head = f.read(20)
    except OSError:
        return b''
    return head if head[:4] == b'\x7fELF' else b''


def _running_executable():
    """A path to the interpreter binary (minipy's sys.executable is a bare name)."""
    exe = sys.executable
    if exe and os.path.isfile(exe):
        return exe
    return '/proc/self/exe'


# ---------------------------------------------------------------------------
# uname

_uname_base = collections.namedtuple(
    'uname_result_base', 'system node release version machine')


class uname_result(_uname_base):
    """uname()'s result: five named fields from the kernel plus processor,
    which is computed only when first asked for (iteration and indexing see
    all six values)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from _uname_base.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        # Only the five kernel fields, as the base tuple holds them.
        shown = ', '.join(f'{name}={value!r}' for name, value
                          in zip(_uname_base._fields, _uname_base.__iter__(self)))
        return f'{type(self).__name__}({shown})'

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) == 6:
            values = values[:5]
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return cls(*values)


_uname_cache = None


def uname():
    """The system's (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*os.uname())
    return _uname_cache


def system():
    """The operating system's name, e.g. 'Linux'."""
    return uname().system


def node():
    """The machine's network name (may be '')."""
    return uname().node


def release():
    """The kernel's release, e.g. '6.1.0-13-amd64'."""
    return uname().release


def version():
    """The kernel's build version string."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The processor's name. On Linux CPython asks `uname -p`, which says
    'unknown' on most distributions and so gives ''; minipy runs no commands
    and answers '' too."""
    return ''


# ---------------------------------------------------------------------------
# The interpreter

def python_implementation():
    """The interpreter's name, as sys.implementation gives it ('minipy')."""
    return sys.implementation.name


def python_version():
    """'major.minor.patchlevel' of the Python language version."""
    return '.'.join(python_version_tuple())


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    info = sys.version_info
    return (str(info.major), str(info.minor), str(info.micro))


def _version_parts():
    """Split sys.version into (version, build note, compiler).

    CPython writes 'X.Y.Z (build, date) [compiler]'; minipy writes
    'X.Y.Z (minipy)', so the build note is 'minipy' and the compiler ''."""
    text = sys.version
    number, _, rest = text.partition(' ')
    note = ''
    if rest.startswith('('):
        note, _, rest = rest[1:].partition(')')
    compiler = ''
    rest = rest.strip()
    if rest.startswith('[') and rest.endswith(']'):
        compiler = rest[1:-1]
    return number, note, compiler


def python_build():
    """(build number, build date) from sys.version."""
    _, note, _ = _version_parts()
    number, _, date = note.partition(',')
    return number.strip(), ' '.join(date.split(' ', 1)).strip()


def python_compiler():
    """The compiler named in sys.version ('' when it names none)."""
    return _version_parts()[2]


def python_branch():
    """The source branch the interpreter was built from ('' if unknown)."""
    git = getattr(sys, '_git', None)
    return git[1] if git else ''


def python_revision():
    """The source revision the interpreter was built from ('' if unknown)."""
    git = getattr(sys, '_git', None)
    return git[2] if git else ''


# ---------------------------------------------------------------------------
# Binaries and the C library

def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable, e.g. ('64bit', 'ELF').

    The ELF header answers both; for files that are not ELF, BITS defaults
    to the size of a pointer in this interpreter and LINKAGE stays as given."""
    if not bits:
        bits = '%dbit' % (struct.calcsize('P') * 8)
    path = executable
    if executable == sys.executable or not executable:
        path = _running_executable()
    head = _elf_header(path)
    if not head:
        return bits, linkage
    if head[4] == 1:
        bits = '32bit'
    elif head[4] == 2:
        bits = '64bit'
    return bits, 'ELF'


def _glibc_from_maps():
    """The path of the C library this process has loaded, or ''."""
    try:
        with open('/proc/self/maps') as f:
            lines = f.read().splitlines()
    except OSError:
        return ''
    for line in lines:
        path = line.rpartition(' ')[2]
        if '/libc.so' in path or '/libc-' in path:
            return path
    return ''


def _version_key(text):
    return tuple(int(part) if part.isdigit() else -1 for part in text.split('.'))


def _highest_glibc_tag(data):
    """The highest 'GLIBC_x.y' version named in the bytes DATA, or ''."""
    best = ''
    start = data.find(b'GLIBC_')
    while start >= 0:
        end = start + 6
        while end < len(data) and data[end] in b'0123456789.':
            end += 1
        found = data[start + 6:end].decode('ascii').strip('.')
        if found and found[0].isdigit() and (
                not best or _version_key(found) > _version_key(best)):
            best = found
        start = data.find(b'GLIBC_', end)
    return best


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library name, version) of the C library EXECUTABLE links with.

    With no EXECUTABLE the C library loaded by this process is inspected;
    its version tags say which glibc it is."""
    if executable is None:
        executable = _glibc_from_maps() or _running_executable()
    with open(executable, 'rb') as f:
        data = f.read()
    found = _highest_glibc_tag(data)
    if found:
        if lib != 'glibc' or _version_key(found) > _version_key(version or '0'):
            lib, version = 'glibc', found
    return lib, version


# ---------------------------------------------------------------------------
# Putting it together

def system_alias(system, release, version):
    """Marketing names for some systems; Linux is left as it is."""
    return system, release, version


def _join_platform(*parts):
    """Join non-empty parts with '-' and make the result one word."""
    text = '-'.join(part.strip() for part in parts if part and part.strip())
    for char in ' /\\:;"()':
        text = text.replace(char, '_')
    while '--' in text:
        text = text.replace('--', '-')
    return text


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (bool(aliased), bool(terse))
    if key in _platform_cache:
        return _platform_cache[key]
    info = uname()
    system_name, release_name, version_name = info.system, info.release, info.version
    if aliased:
        system_name, release_name, version_name = system_alias(
            system_name, release_name, version_name)
    if system_name == 'Linux':
        libname, libversion = libc_ver()
        text = _join_platform(system_name, release_name, info.machine,
                              info.processor, 'with', libname + libversion)
    elif terse:
        text = _join_platform(system_name, release_name)
    else:
        text = _join_platform(system_name, release_name, info.machine,
                              info.processor)
    _platform_cache[key] = text
    return text


# ---------------------------------------------------------------------------
# Other systems' version queries, answering with their defaults on Linux

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


# ---------------------------------------------------------------------------
# /etc/os-release

_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _unquote_os_release(value):
    """Undo the shell-style quoting os-release(5) allows."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
        out = []
        i = 0
        while i < len(value):
            if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                i += 1
            out.append(value[i])
            i += 1
        value = ''.join(out)
    return value


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        name, _, value = line.partition('=')
        if name.replace('_', '').isalnum() and name.isupper():
            info[name] = _unquote_os_release(value)
    return info


def freedesktop_os_release():
    """The fields of the os-release file as a dict (OSError if there is none)."""
    global _os_release_cache
    if _os_release_cache is None:
        error = None
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f.read().splitlines())
                break
            except OSError as exc:
                error = exc
        else:
            raise OSError(error.errno, 'Unable to read files ' +
                          ', '.join(_OS_RELEASE_FILES))
    return _os_release_cache.copy()
