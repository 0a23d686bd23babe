"""Create portable serialized representations of Python objects.

minipy's frozen pickle.  It writes the same bytes as CPython 3.11's C
pickler for protocols 0 to 5 (framing from protocol 4 on, the memo, the
batching of list / dict / set items, the Python 2 name mappings of protocols
0 to 2) and reads every opcode.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object

Left out: PickleBuffer (minipy has no memoryview, so no out-of-band
buffers are ever produced) and the pure-Python _Pickler / _Unpickler aliases.
"""

import sys
import copyreg
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.
    """


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.
    """


# CPython defines these in its _pickle accelerator module.
PickleError.__module__ = PicklingError.__module__ = \
    UnpicklingError.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# --- opcodes -----------------------------------------------------------------

MARK           = b'('
STOP           = b'.'
POP            = b'0'
POP_MARK       = b'1'
DUP            = b'2'
FLOAT          = b'F'
INT            = b'I'
BININT         = b'J'
BININT1        = b'K'
LONG           = b'L'
BININT2        = b'M'
NONE           = b'N'
PERSID         = b'P'
BINPERSID      = b'Q'
REDUCE         = b'R'
STRING         = b'S'
BINSTRING      = b'T'
SHORT_BINSTRING = b'U'
UNICODE        = b'V'
BINUNICODE     = b'X'
APPEND         = b'a'
BUILD          = b'b'
GLOBAL         = b'c'
DICT           = b'd'
EMPTY_DICT     = b'}'
APPENDS        = b'e'
GET            = b'g'
BINGET         = b'h'
INST           = b'i'
LONG_BINGET    = b'j'
LIST           = b'l'
EMPTY_LIST     = b']'
OBJ            = b'o'
PUT            = b'p'
BINPUT         = b'q'
LONG_BINPUT    = b'r'
SETITEM        = b's'
TUPLE          = b't'
EMPTY_TUPLE    = b')'
SETITEMS       = b'u'
BINFLOAT       = b'G'

TRUE           = b'I01\n'
FALSE          = b'I00\n'

# Protocol 2
PROTO          = b'\x80'
NEWOBJ         = b'\x81'
EXT1           = b'\x82'
EXT2           = b'\x83'
EXT4           = b'\x84'
TUPLE1         = b'\x85'
TUPLE2         = b'\x86'
TUPLE3         = b'\x87'
NEWTRUE        = b'\x88'
NEWFALSE       = b'\x89'
LONG1          = b'\x8a'
LONG4          = b'\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Protocol 3
BINBYTES       = b'B'
SHORT_BINBYTES = b'C'

# Protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8      = b'\x8d'
BINBYTES8        = b'\x8e'
EMPTY_SET        = b'\x8f'
ADDITEMS         = b'\x90'
FROZENSET        = b'\x91'
NEWOBJ_EX        = b'\x92'
STACK_GLOBAL     = b'\x93'
MEMOIZE          = b'\x94'
FRAME            = b'\x95'

# Protocol 5
BYTEARRAY8       = b'\x96'
NEXT_BUFFER      = b'\x97'
READONLY_BUFFER  = b'\x98'

__all__.extend([_n for _n in list(globals())
                if _n.isupper() and _n[:1].isalpha() and
                isinstance(globals()[_n], bytes)])

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9


# --- Python 2 name mappings (protocols 0 to 2) ------------------------------

_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError '
    'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
    'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
    'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
    'LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError '
    'RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError '
    'SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
    'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
    'UserWarning ValueError Warning ZeroDivisionError').split()

_PY3_OSERRORS = (
    'BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
    'ConnectionRefusedError ConnectionResetError FileExistsError '
    'FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError '
    'PermissionError ProcessLookupError TimeoutError').split()

# (module, name) in Python 3 -> (module, name) in Python 2.
_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _n in _PY2_EXCEPTIONS:
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', _n)
for _n in _PY3_OSERRORS:
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', 'OSError')

# module in Python 3 -> module in Python 2.
_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'configparser': 'ConfigParser', 'reprlib': 'repr',
    'subprocess': 'commands', 'dbm': 'anydbm', 'collections.abc': '_abcoll',
    '_functools': 'functools', '_pickle': 'pickle',
}

# The other direction, used when loading protocol 0 to 2 pickles.
_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
}
_IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'ConfigParser': 'configparser', 'repr': 'reprlib', 'commands': 'subprocess',
    'anydbm': 'dbm', '_abcoll': 'collections.abc', 'cPickle': 'pickle',
    '_elementtree': 'xml.etree.ElementTree', 'StringIO': 'io',
    'cStringIO': 'io', 'exceptions': 'builtins', 'UserDict': 'collections',
    'UserList': 'collections', 'UserString': 'collections',
    'whichdb': 'dbm', 'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu', 'dumbdbm': 'dbm.dumb',
}


# --- helpers -------------------------------------------------------------------

def _getattribute(obj, name):
    """Follow a dotted qualified name from obj; return (object, parent)."""
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    # minipy's builtin functions carry no __module__: look in builtins first.
    builtins = sys.modules.get('builtins')
    if builtins is not None:
        try:
            if _getattribute(builtins, name)[0] is obj:
                return 'builtins'
        except AttributeError:
            pass
    for module_name, module in list(sys.modules.items()):
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context.
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        # One byte less suffices when the sign bit is already in place.
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string.
    """
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    """str -> bytes as the raw-unicode-escape codec does."""
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _raw_unicode_unescape(data):
    """bytes -> str, undoing the raw-unicode-escape codec."""
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            # Only an odd number of backslashes starts an escape.
            j = i - 1
            count = 0
            while j >= 0 and data[j] == 0x5c:
                count += 1
                j -= 1
            if count % 2 == 0:
                width = 4 if data[i + 1] == 0x75 else 8
                digits = data[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError(
                        'rawunicodeescape', bytes(data), i, n,
                        'truncated \\uXXXX escape' if width == 4
                        else 'truncated \\UXXXXXXXX escape')
                out.append(chr(int(digits.decode('ascii'), 16)))
                i += 2 + width
                continue
        out.append(chr(c))
        i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22,
                   ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('n'): 10,
                   ord('r'): 13, ord('t'): 9, ord('v'): 11}


def _escape_decode(data):
    """Undo Python 2 repr() escapes of a byte string (the STRING opcode)."""
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        i += 2
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
        elif e == 0x0a:
            pass
        elif e == ord('x'):
            digits = data[i:i + 2]
            try:
                out.append(int(digits.decode('ascii'), 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            i += 2
        elif 0x30 <= e <= 0x37:
            value = e - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        else:
            out.append(0x5c)
            out.append(e)
    return bytes(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def _reduce_exception(exc):
    args = exc.args
    try:
        d = exc.__dict__
    except AttributeError:
        d = None
    if d:
        return (type(exc), args, d)
    return (type(exc), args)


# Types pickled by their own opcodes (dispatched on the exact type).
_ATOMIC = (type(None), bool, int, float)


def _is_function(obj):
    return type(obj) is type(_getattribute)


def _is_builtin_function(obj):
    return type(obj) is type(len)


# --- pickling -------------------------------------------------------------------

class Pickler:
    """This takes a binary file for writing a pickle data stream.

    The optional *protocol* argument tells the pickler to use the given
    protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default
    protocol is 4.
    """

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._framing = False
        self._frame_start = -1

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def persistent_id(self, obj):
        # Subclasses return a non-None id to save obj by reference.
        return None

    # -- output and framing --

    def write(self, data):
        if self._framing and self._frame_start == -1:
            # Room for the FRAME header, filled in when the frame ends.
            self._frame_start = len(self._out)
            self._out += b'\0' * _FRAME_HEADER_SIZE
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start == -1:
            return
        out = self._out
        length = len(out) - start - _FRAME_HEADER_SIZE
        if length >= _FRAME_SIZE_MIN:
            out[start:start + _FRAME_HEADER_SIZE] = FRAME + pack("<Q", length)
        else:
            del out[start:start + _FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _opcode_boundary(self):
        start = self._frame_start
        if start != -1 and \
                len(self._out) - start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _write_large_bytes(self, header, payload):
        # Data as large as a frame goes between frames, unframed.
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._framing = False
            self.write(header)
            self.write(payload)
            self._framing = True
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        """Write a pickled representation of the given object to the open
        file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self._out = bytearray()
        self._frame_start = -1
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self._framing = True
        try:
            self.save(obj)
            self.write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
        data = bytes(self._out)
        self._out = bytearray()
        self._file_write(data)

    # -- the memo --

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # -- the object walk --

    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        if self._framing:
            self._opcode_boundary()

    def _save(self, obj, save_persistent_id):
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return

        t = type(obj)
        if t in _ATOMIC:
            self._dispatch[t](self, obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return

        reduce = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)

        if rv is NotImplemented:
            if t is type or _is_function(obj):
                self._save_type_or_function(obj)
                return
            table = getattr(self, 'dispatch_table', copyreg.dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            else:
                rv = self._reduce_object(obj)

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_type_or_function(self, obj):
        # The types of the singletons are not attributes of builtins.
        if obj is type(None):
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)

    def _reduce_object(self, obj):
        """What obj.__reduce_ex__(proto) returns in CPython."""
        t = type(obj)
        # A class's own __reduce_ex__ / __reduce__ (found below object).
        for klass in t.__mro__:
            if klass is object:
                break
            d = klass.__dict__
            if '__reduce_ex__' in d:
                return obj.__reduce_ex__(self.proto)
            if '__reduce__' in d:
                return obj.__reduce__()
        special = _special_reduce(obj, self.proto)
        if special is not None:
            return special
        if self.proto >= 2:
            return _reduce_newobj(obj)
        return copyreg._reduce_ex(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be a class, not %s" % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item of the NEWOBJ_EX argument "
                                    "tuple must be the object's class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            if func is _codecs_encode:
                self._save_codecs_encode()
            else:
                save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # A recursive reference to obj may already have memoized it.
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the types with their own opcodes --

    _dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    _dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    _dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    _dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    _dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)
    _dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        self.memoize(obj)
    _dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
        else:
            # Characters the line-based UNICODE opcode cannot carry raw.
            tmp = obj.replace("\\", "\\u005c")
            tmp = tmp.replace("\0", "\\u0000")
            tmp = tmp.replace("\n", "\\u000a")
            tmp = tmp.replace("\r", "\\u000d")
            tmp = tmp.replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)
    _dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return

        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # The tuple may have been memoized through a recursive reference.
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return

        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    _dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while total < len(obj):
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
    _dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        it = iter(items)
        if not self.bin:
            for x in it:
                save(x)
                write(APPEND)
            return
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                return
    _dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        it = iter(items)
        if not self.bin:
            for item in it:
                k, v = _check_pair(item)
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            tmp = []
            for item in it:
                tmp.append(_check_pair(item))
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        save = self.save
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        it = iter(obj)
        while True:
            write(MARK)
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return
    _dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            # A recursive reference already pickled it.
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    _dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except ImportError:
            raise PicklingError(
                "Can't pickle %r: import of module %r failed"
                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,))
            raise PicklingError(
                "Can't pickle %r: attribute lookup %s on %s failed"
                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s"
                % (obj, module_name, name))

        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' +
                  bytes(name, "utf-8") + b'\n')
        else:
            self._write_py2_global(module_name, name)
        self.memoize(obj)

    def _write_py2_global(self, module_name, name):
        if self.fix_imports:
            if (module_name, name) in _REVERSE_NAME_MAPPING:
                module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
            elif module_name in _REVERSE_IMPORT_MAPPING:
                module_name = _REVERSE_IMPORT_MAPPING[module_name]
        try:
            self.write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                       bytes(name, "ascii") + b'\n')
        except UnicodeEncodeError:
            raise PicklingError(
                "can't pickle global identifier '%s.%s' using "
                "pickle protocol %i" % (module_name, name, self.proto)) from None

    def _save_codecs_encode(self):
        # codecs.encode as protocols 0 to 2 name it; minipy may lack codecs,
        # so the GLOBAL is written by hand (memoized like any global).
        x = self.memo.get(id(_codecs_encode))
        if x is not None:
            self.write(self.get(x[0]))
            return
        self.write(GLOBAL + b'_codecs\nencode\n')
        self.memoize(_codecs_encode)


def _check_pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


def _special_reduce(obj, proto):
    """Reductions CPython's builtin types provide through __reduce__ and
    minipy's builtin types do not."""
    t = type(obj)
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if t is range:
        return (range, (obj.start, obj.stop, obj.step))
    if t is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if _is_builtin_function(obj):
        self_ = getattr(obj, '__self__', None)
        if self_ is None or type(self_).__name__ == 'module':
            return obj.__name__
        return (getattr, (self_, obj.__name__))
    if t.__name__ == 'method' and hasattr(obj, '__func__'):
        return (getattr, (obj.__self__, obj.__func__.__name__))
    if isinstance(obj, BaseException):
        return _reduce_exception(obj)
    mod = getattr(t, '__module__', None)
    if mod == 'collections':
        r = _reduce_collection(obj, t)
        if r is not None:
            return r
    if mod in ('builtins', '_io') and t not in _PLAIN_BASES:
        raise TypeError("cannot pickle %r object" % _type_name(t))
    return None


# Builtin types whose instances (of subclasses) are rebuilt from their value.
_PLAIN_BASES = (object, int, float, str, bytes, bytearray, list, dict,
                set, frozenset, tuple, complex)


def _type_name(t):
    mod = getattr(t, '__module__', 'builtins')
    if mod == 'builtins':
        return t.__qualname__
    return '%s.%s' % (mod, t.__qualname__)


def _reduce_collection(obj, t):
    import collections
    if isinstance(obj, collections.OrderedDict):
        state = _instance_state(obj)
        return (t, (), state, None, iter(obj.items()))
    if isinstance(obj, collections.Counter):
        return (t, (dict(obj),))
    if isinstance(obj, collections.defaultdict):
        return (t, (obj.default_factory,) if obj.default_factory is not None
                else (), None, None, iter(obj.items()))
    if isinstance(obj, collections.deque):
        state = _instance_state(obj)
        if obj.maxlen is None:
            args = ((),)
        else:
            args = ((), obj.maxlen)
        return (t, args, state, iter(obj))
    return None


def _instance_state(obj):
    try:
        d = obj.__dict__
    except AttributeError:
        return None
    return d or None


def _getnewargs(obj):
    """(args, kwargs) from __getnewargs_ex__ / __getnewargs__, or (None, None)."""
    t = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            "not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            "not '%s'" % type(args).__name__)
        return args, None
    # minipy's builtin value types lack __getnewargs__: their subclasses
    # are rebuilt from the plain value, as CPython's __getnewargs__ does.
    for base in (int, float, str, bytes, tuple, complex, frozenset):
        if isinstance(obj, base):
            if base is tuple or base is frozenset:
                return (base(obj),), None
            return (base(obj),), None
    return None, None


def _reduce_newobj(obj):
    """object.__reduce_ex__ for protocols 2 and above."""
    t = type(obj)
    args, kwargs = _getnewargs(obj)
    if not kwargs:
        newobj = copyreg.__newobj__
        newargs = (t,) + (args or ())
    else:
        newobj = copyreg.__newobj_ex__
        newargs = (t, args, kwargs)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (newobj, newargs, state, listitems, dictitems)


# --- unpickling -----------------------------------------------------------------

class _BytesReader:
    """Reads an in-memory pickle."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        pos = self.pos
        chunk = self.data[pos:pos + n]
        self.pos = pos + len(chunk)
        return chunk

    def readline(self):
        data = self.data
        pos = self.pos
        end = data.find(b'\n', pos)
        if end < 0:
            end = len(data)
        else:
            end += 1
        self.pos = end
        return data[pos:end]


class Unpickler:
    """This takes a binary file for reading a pickle data stream.

    The protocol version of the pickle is detected automatically, so no
    protocol argument is needed.  Bytes past the pickled object's
    representation are ignored.
    """

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_readline = file.readline
            self._file_read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def load(self):
        """Read a pickled object representation from the open file.

        Return the reconstituted object hierarchy specified in the file.
        """
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        read = self._file_read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %s." %
                                          _key_repr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        finally:
            self.metastack = None
            self.stack = None
            self.append = None

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def find_class(self, module, name):
        """Return an object from a specified module."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module in ('_codecs', 'codecs') and name == 'encode':
            try:
                __import__(module, level=0)
            except ImportError:
                return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None

    _dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    _dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        # Frames only group opcodes for buffered reading; the size is checked
        # and otherwise ignored.
        frame_size, = unpack('<Q', self.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
    _dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    _dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    _dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    _dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    _dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    _dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data.decode('ascii'), 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)
    _dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])
    _dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    _dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])
    _dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        try:
            self.append(int(val.decode('ascii'), 0))
        except ValueError:
            raise ValueError("could not convert string to int") from None
    _dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        data = self.read(n)
        self.append(decode_long(data))
    _dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        data = self.read(n)
        self.append(decode_long(data))
    _dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1].decode('ascii')))
    _dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])
    _dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        # Python 2 str values: bytes, or text in the requested encoding.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))
    _dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        data = self.read(n)
        self.append(self._decode_string(data))
    _dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        self.append(bytes(self.read(n)))
    _dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    _dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8'))
    _dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8'))
    _dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        self.append(bytes(self.read(n)))
    _dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))
    _dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    _dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        self._top()
    _dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self.read(1)[0]
        data = self.read(n)
        self.append(self._decode_string(data))
    _dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(bytes(self.read(n)))
    _dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8'))
    _dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    _dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    _dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_small_tuple(self, n):
        stack = self.stack
        if len(stack) < n:
            self._underflow()
        items = tuple(stack[len(stack) - n:])
        del stack[len(stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_small_tuple(1)
    _dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_small_tuple(2)
    _dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_small_tuple(3)
    _dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    _dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    _dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    _dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    _dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    _dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    _dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    _dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)
    _dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        obj = cls.__new__(cls, *args)
        self.append(obj)
    _dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    _dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    _dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    _dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    _dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        code, = unpack('<H', self.read(2))
        self.get_extension(code)
    _dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        code, = unpack('<i', self.read(4))
        self.get_extension(code)
    _dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = copyreg._extension_cache.get(code, _NOTHING)
        if obj is not _NOTHING:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)
    _dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    _dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    _dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    _dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) \
                from None

    def load_get(self):
        i = int(self.readline()[:-1].decode('ascii'))
        self._memo_get(i)
    _dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self.read(1)[0])
    _dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        i, = unpack('<I', self.read(4))
        self._memo_get(i)
    _dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1].decode('ascii'))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    _dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self.read(1)[0]
        self.memo[i] = self._top()
    _dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    _dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self._top()
    _dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        lst = self._top()
        if isinstance(lst, list):
            lst.append(value)
        else:
            lst.append(value)
    _dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
            return
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    _dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        d = self._top()
        d[key] = value
    _dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    _dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    _dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    _dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    _dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    _dispatch[STOP[0]] = load_stop


_NOTHING = object()


def _key_repr(code):
    c = chr(code)
    if code < 0x80 and c.isprintable():
        return repr(c)
    return "'\\x%02x'" % code


# --- shorthands ---------------------------------------------------------------

class _BytesSink:
    __slots__ = ('data',)

    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data = data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    return Unpickler(_BytesReader(bytes(data)), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding,
                     errors=errors).load()
