"""Turn Python objects into bytes and back: the pickle format.

The bytes written are those of CPython 3.11's C pickler for protocols 0 to 5
(frames from protocol 4 on, the memo, items sent in batches of 1000, Python 2
names under protocols 0 to 2), and every opcode can be read.

Pickler / dump / dumps write; Unpickler / load / loads read.  PickleBuffer
and out-of-band buffers are not provided (minipy has no memoryview).
"""

import sys
import copyreg
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """Base class of the errors pickling and unpickling raise."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """The data could not be turned back into objects."""


# CPython defines these in its _pickle accelerator module.
for _error in (PickleError, PicklingError, UnpicklingError):
    _error.__module__ = '_pickle'


# ==== opcodes ===========================================================
#
# Each opcode is one byte, exported under its usual name.  Grouped by the
# protocol that introduced it.

_OPCODES_BY_PROTOCOL = (
    # protocol 0 and 1
    ('MARK', '('), ('STOP', '.'), ('POP', '0'), ('POP_MARK', '1'), ('DUP', '2'),
    ('FLOAT', 'F'), ('INT', 'I'), ('BININT', 'J'), ('BININT1', 'K'), ('LONG', 'L'),
    ('BININT2', 'M'), ('NONE', 'N'), ('PERSID', 'P'), ('BINPERSID', 'Q'),
    ('REDUCE', 'R'), ('STRING', 'S'), ('BINSTRING', 'T'), ('SHORT_BINSTRING', 'U'),
    ('UNICODE', 'V'), ('BINUNICODE', 'X'), ('APPEND', 'a'), ('BUILD', 'b'),
    ('GLOBAL', 'c'), ('DICT', 'd'), ('EMPTY_DICT', '}'), ('APPENDS', 'e'),
    ('GET', 'g'), ('BINGET', 'h'), ('INST', 'i'), ('LONG_BINGET', 'j'),
    ('LIST', 'l'), ('EMPTY_LIST', ']'), ('OBJ', 'o'), ('PUT', 'p'), ('BINPUT', 'q'),
    ('LONG_BINPUT', 'r'), ('SETITEM', 's'), ('TUPLE', 't'), ('EMPTY_TUPLE', ')'),
    ('SETITEMS', 'u'), ('BINFLOAT', 'G'),
    # protocol 2
    ('PROTO', '\x80'), ('NEWOBJ', '\x81'), ('EXT1', '\x82'), ('EXT2', '\x83'),
    ('EXT4', '\x84'), ('TUPLE1', '\x85'), ('TUPLE2', '\x86'), ('TUPLE3', '\x87'),
    ('NEWTRUE', '\x88'), ('NEWFALSE', '\x89'), ('LONG1', '\x8a'), ('LONG4', '\x8b'),
    # protocol 3
    ('BINBYTES', 'B'), ('SHORT_BINBYTES', 'C'),
    # protocol 4
    ('SHORT_BINUNICODE', '\x8c'), ('BINUNICODE8', '\x8d'), ('BINBYTES8', '\x8e'),
    ('EMPTY_SET', '\x8f'), ('ADDITEMS', '\x90'), ('FROZENSET', '\x91'),
    ('NEWOBJ_EX', '\x92'), ('STACK_GLOBAL', '\x93'), ('MEMOIZE', '\x94'),
    ('FRAME', '\x95'),
    # protocol 5
    ('BYTEARRAY8', '\x96'), ('NEXT_BUFFER', '\x97'), ('READONLY_BUFFER', '\x98'),
)
for _name, _char in _OPCODES_BY_PROTOCOL:
    globals()[_name] = _char.encode('latin-1')
    __all__.append(_name)
# Protocol 0 spells booleans as INT arguments.
TRUE = b'I01\n'
FALSE = b'I00\n'
__all__ += ['TRUE', 'FALSE']
del _name, _char, _error

# TUPLE1..3 by size, EMPTY_TUPLE for 0.
_SMALL_TUPLE = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)

_BATCH = 1000                   # items per APPENDS / SETITEMS / ADDITEMS
_FRAME_TARGET = 64 * 1024       # a frame is closed once it holds this much
_FRAME_MIN = 4                  # smaller frames are not worth their header
_FRAME_HEADER = 9               # FRAME opcode + 8-byte length


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




# ==== text codecs the old opcodes need =====================================

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



# ==== writing ==============================================================

def _lookup_dotted(root, dotted):
    """Follow a qualified name from root; return (object, its parent)."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(dotted, root))
        parent = root
        try:
            root = getattr(root, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(dotted, root)) from None
    return root, parent


def whichmodule(obj, name):
    """The name of the module in which obj can be found as `name`."""
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    # minipy's builtin functions carry no __module__: try builtins first,
    # then every loaded module but the main script.
    candidates = [('builtins', sys.modules.get('builtins'))]
    candidates += [(key, module) for key, module in list(sys.modules.items())
                   if key not in ('__main__', '__mp_main__')]
    for key, module in candidates:
        if module is None:
            continue
        try:
            if _lookup_dotted(module, name)[0] is obj:
                return key
        except AttributeError:
            continue
    return '__main__'


def encode_long(x):
    """x as little-endian two's complement bytes, as short as possible
    (b'' for 0)."""
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    raw = x.to_bytes(size, byteorder='little', signed=True)
    # A negative number may not need the extra sign byte.
    if x < 0 and size > 1 and raw[-1] == 0xff and raw[-2] & 0x80:
        raw = raw[:-1]
    return raw


def decode_long(data):
    """The int of little-endian two's complement bytes."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _ascii_line(value):
    return repr(value).encode('ascii') + b'\n'


class _Output:
    """Collects a pickle's bytes, wrapping them in FRAMEs when asked to."""

    def __init__(self):
        self.data = bytearray()
        self.framing = False
        self.frame_start = None      # where the open frame's header sits

    def write(self, chunk):
        if self.framing and self.frame_start is None:
            # Keep room for the header; it is filled in when the frame ends.
            self.frame_start = len(self.data)
            self.data += bytes(_FRAME_HEADER)
        self.data += chunk

    def end_frame(self):
        start = self.frame_start
        if start is None:
            return
        self.frame_start = None
        size = len(self.data) - start - _FRAME_HEADER
        if size >= _FRAME_MIN:
            self.data[start:start + _FRAME_HEADER] = FRAME + pack('<Q', size)
        else:
            del self.data[start:start + _FRAME_HEADER]

    def end_frame_if_full(self):
        start = self.frame_start
        if start is not None and len(self.data) - start - _FRAME_HEADER >= _FRAME_TARGET:
            self.end_frame()

    def write_payload(self, header, payload):
        """A length-prefixed value; one as big as a frame goes unframed."""
        if self.framing and len(payload) >= _FRAME_TARGET:
            self.end_frame()
            self.framing = False
            self.write(header)
            self.write(payload)
            self.framing = True
        else:
            self.write(header)
            self.write(payload)


class Pickler:
    """Writes pickles of objects to a binary file (anything with write()).

    protocol: 0 to 5 (default 4; negative means the highest).
    """

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._sink_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}               # id(obj) -> (memo index, obj)
        self._out = _Output()

    def clear_memo(self):
        """Forget the objects pickled so far (later ones repeat them)."""
        self.memo.clear()

    def persistent_id(self, obj):
        """Override to return an id under which obj is saved by reference."""
        return None

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if not hasattr(self, '_sink_write'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self._out = out = _Output()
        if self.proto >= 2:
            out.write(PROTO + pack('<B', self.proto))
        out.framing = self.proto >= 4
        try:
            self._store(obj)
            out.write(STOP)
            out.end_frame()
        except RecursionError as e:
            # CPython's pickler says what it was doing when the nesting ran out.
            if e.args != ('maximum recursion depth exceeded',):
                raise
            raise RecursionError('maximum recursion depth exceeded while pickling'
                                 ' an object') from None
        finally:
            out.framing = False
        self._out = _Output()
        self._sink_write(bytes(out.data))

    # -- the memo

    def _remember(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self._out.write(self._put_opcode(index))
        self.memo[id(obj)] = index, obj

    def _put_opcode(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if not self.bin:
            return PUT + _ascii_line(index)
        return BINPUT + pack('<B', index) if index < 256 else LONG_BINPUT + pack('<I', index)

    def _get_opcode(self, index):
        if not self.bin:
            return GET + _ascii_line(index)
        return BINGET + pack('<B', index) if index < 256 else LONG_BINGET + pack('<I', index)

    def _recall(self, obj):
        """GET opcode for obj if it is already in the memo, else None."""
        entry = self.memo.get(id(obj))
        return None if entry is None else self._get_opcode(entry[0])

    # -- one object

    def _store(self, obj, use_persistent_id=True):
        self._store_object(obj, use_persistent_id)
        if self._out.framing:
            self._out.end_frame_if_full()

    def _store_object(self, obj, use_persistent_id):
        if use_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._store_persistent(pid)
                return
        kind = type(obj)
        if kind in _SCALAR_TYPES:
            _WRITERS[kind](self, obj)          # never memoized
            return
        again = self._recall(obj)
        if again is not None:
            self._out.write(again)
            return
        writer = _WRITERS.get(kind)
        if writer is not None:
            writer(self, obj)
            return
        reduction = self._reduction_of(obj)
        if reduction is None:
            return                              # saved by name already
        if isinstance(reduction, str):
            self._store_global(obj, reduction)
            return
        if not isinstance(reduction, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduction) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self._store_reduction(*reduction, obj=obj)

    def _reduction_of(self, obj):
        """What rebuilds obj: a name, a reduce tuple, or None after saving
        a class or function by name."""
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            answer = override(obj)
            if answer is not NotImplemented:
                return answer
        kind = type(obj)
        if kind is type or _is_function(obj):
            self._store_class_or_function(obj)
            return None
        table = getattr(self, 'dispatch_table', copyreg.dispatch_table)
        custom = table.get(kind)
        if custom is not None:
            return custom(obj)
        if isinstance(obj, type):
            self._store_global(obj)
            return None
        return self._default_reduction(obj)

    def _store_class_or_function(self, obj):
        # The singletons' types are not attributes of builtins: they are
        # rebuilt as type(None) and so on.
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self._store_reduction(type, (singleton,), obj=obj)
                return
        self._store_global(obj)

    def _default_reduction(self, obj):
        """What obj.__reduce_ex__(protocol) gives in CPython."""
        for klass in type(obj).__mro__:
            if klass is object:
                break
            own = klass.__dict__
            if '__reduce_ex__' in own:
                return obj.__reduce_ex__(self.proto)
            if '__reduce__' in own:
                return obj.__reduce__()
        special = _special_reduce(obj, self.proto)
        if special is not None:
            return special
        if self.proto >= 2:
            return copyreg._reduce_newobj(obj)
        return copyreg._reduce_ex(obj, self.proto)

    def _store_persistent(self, pid):
        if self.bin:
            self._store(pid, use_persistent_id=False)
            self._out.write(BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                from None
        self._out.write(PERSID + text + b'\n')

    # -- reductions

    def _store_reduction(self, func, args, state=None, listitems=None,
                         dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            self._store_newobj_ex(args, obj)
        elif self.proto >= 2 and func_name == '__newobj__':
            self._store_newobj(args, obj)
        else:
            if func is _codecs_encode:
                self._store_codecs_encode()
            else:
                self._store(func)
            self._store(args)
            self._out.write(REDUCE)
        if obj is not None:
            # Building obj may have reached obj itself and memoized it.
            again = self._recall(obj)
            if again is not None:
                self._out.write(POP + again)
            else:
                self._remember(obj)
        if listitems is not None:
            self._store_appends(listitems)
        if dictitems is not None:
            self._store_setitems(dictitems)
        if state is not None:
            self._store_state(obj, state, state_setter)

    def _store_state(self, obj, state, state_setter):
        if state_setter is None:
            self._store(state)
            self._out.write(BUILD)
            return
        # state_setter(obj, state), its result discarded.
        self._store(state_setter)
        self._store(obj)
        self._store(state)
        self._out.write(TUPLE2 + REDUCE + POP)

    def _store_newobj(self, args, obj):
        if not args:
            raise PicklingError("__newobj__ arglist is empty")
        cls = args[0]
        if not isinstance(cls, type):
            raise PicklingError("args[0] from __newobj__ args is not a type")
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        self._store(cls)
        self._store(args[1:])
        self._out.write(NEWOBJ)

    def _store_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                "exactly 3, not %d" % len(args))
        cls, positional, keywords = args
        if not hasattr(cls, '__new__'):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                "be a class, not %s" % type(cls).__name__)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("first item of the NEWOBJ_EX argument tuple must "
                                "be the object's class")
        if self.proto >= 4:
            for part in (cls, positional, keywords):
                self._store(part)
            self._out.write(NEWOBJ_EX)
            return
        # Before protocol 4: call a partial of cls.__new__ with no arguments.
        import functools
        self._store(functools.partial(cls.__new__, cls, *positional, **keywords))
        self._store(())
        self._out.write(REDUCE)

    # -- scalars

    def _write_none(self, obj):
        self._out.write(NONE)

    def _write_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def _write_int(self, obj):
        write = self._out.write
        if self.bin:
            if 0 <= obj <= 0xff:
                write(BININT1 + pack('<B', obj))
                return
            if 0 <= obj <= 0xffff:
                write(BININT2 + pack('<H', obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                write(BININT + pack('<i', obj))
                return
        if self.proto >= 2:
            raw = encode_long(obj)
            if len(raw) < 256:
                write(LONG1 + pack('<B', len(raw)) + raw)
            else:
                write(LONG4 + pack('<i', len(raw)) + raw)
        elif -0x80000000 <= obj <= 0x7fffffff:
            write(INT + _ascii_line(obj))
        else:
            write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _write_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + pack('>d', obj))
        else:
            self._out.write(FLOAT + _ascii_line(obj))

    # -- strings and bytes

    def _write_bytes(self, obj):
        if self.proto < 3:
            # No bytes type before protocol 3: rebuilt through latin-1 text.
            if obj:
                self._store_reduction(_codecs_encode, (str(obj, 'latin1'), 'latin1'),
                                      obj=obj)
            else:
                self._store_reduction(bytes, (), obj=obj)
            return
        size = len(obj)
        if size <= 0xff:
            self._out.write(SHORT_BINBYTES + pack('<B', size) + obj)
        elif size > 0xffffffff and self.proto >= 4:
            self._out.write_payload(BINBYTES8 + pack('<Q', size), obj)
        else:
            self._out.write_payload(BINBYTES + pack('<I', size), obj)
        self._remember(obj)

    def _write_bytearray(self, obj):
        if self.proto < 5:
            self._store_reduction(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._out.write_payload(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self._remember(obj)

    def _write_str(self, obj):
        if not self.bin:
            self._out.write(UNICODE + _raw_unicode_escape(obj.translate(_LINE_UNSAFE))
                            + b'\n')
        else:
            encoded = obj.encode('utf-8')
            size = len(encoded)
            if size <= 0xff and self.proto >= 4:
                self._out.write(SHORT_BINUNICODE + pack('<B', size) + encoded)
            elif size > 0xffffffff and self.proto >= 4:
                self._out.write_payload(BINUNICODE8 + pack('<Q', size), encoded)
            else:
                self._out.write_payload(BINUNICODE + pack('<I', size), encoded)
        self._remember(obj)

    # -- containers

    def _write_tuple(self, obj):
        write = self._out.write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        size = len(obj)
        small = size <= 3 and self.proto >= 2
        if not small:
            write(MARK)
        for element in obj:
            self._store(element)
        # An element may refer back to the tuple, which is then in the memo:
        # drop what was pushed and fetch the memoized tuple instead.
        again = self._recall(obj)
        if again is not None:
            if small:
                write(POP * size + again)
            elif self.bin:
                write(POP_MARK + again)
            else:
                write(POP * (size + 1) + again)
            return
        write(_SMALL_TUPLE[size] if small else TUPLE)
        self._remember(obj)

    def _write_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self._remember(obj)
        if obj:
            self._store_appends(obj)

    def _write_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self._remember(obj)
        if obj:
            self._store_setitems(obj.items(), watched=obj)

    def _store_appends(self, items):
        write = self._out.write
        if not self.bin:
            for item in items:
                self._store(item)
                write(APPEND)
            return
        if isinstance(items, list):
            # A list is read by index, so it may grow while being pickled.
            position = 0
            if len(items) == 1:
                self._store(items[0])
                write(APPEND)
                return
            while position < len(items):
                write(MARK)
                stop = position + _BATCH
                while position < len(items) and position < stop:
                    self._store(items[position])
                    position += 1
                write(APPENDS)
            return
        for batch in _batches(iter(items)):
            if len(batch) == 1:
                self._store(batch[0])
                write(APPEND)
            else:
                write(MARK)
                for item in batch:
                    self._store(item)
                write(APPENDS)

    def _store_setitems(self, pairs, watched=None):
        write = self._out.write
        if not self.bin:
            for pair in pairs:
                key, value = _checked_pair(pair)
                self._store(key)
                self._store(value)
                write(SETITEM)
            return
        if watched is not None:
            self._store_dict_items(watched)
            return
        for batch in _batches(iter(pairs)):
            if len(batch) == 1:
                key, value = _checked_pair(batch[0])
                self._store(key)
                self._store(value)
                write(SETITEM)
                continue
            write(MARK)
            for pair in batch:
                key, value = _checked_pair(pair)
                self._store(key)
                self._store(value)
            write(SETITEMS)

    def _store_dict_items(self, mapping):
        # A real dict: one SETITEM for a single item, else SETITEMS batches,
        # checking that the dict does not change size meanwhile.
        write = self._out.write
        size = len(mapping)
        if size == 1:
            for key, value in mapping.items():
                self._store(key)
                self._store(value)
            write(SETITEM)
            return
        pending = iter(mapping.items())
        while True:
            write(MARK)
            count = 0
            for key, value in pending:
                self._store(key)
                self._store(value)
                count += 1
                if count == _BATCH:
                    break
            write(SETITEMS)
            if len(mapping) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCH:
                return

    def _write_set(self, obj):
        if self.proto < 4:
            self._store_reduction(set, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(EMPTY_SET)
        self._remember(obj)
        size = len(obj)
        if not size:
            return
        pending = iter(obj)
        while True:
            write(MARK)
            count = 0
            for item in pending:
                self._store(item)
                count += 1
                if count == _BATCH:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCH:
                return

    def _write_frozenset(self, obj):
        if self.proto < 4:
            self._store_reduction(frozenset, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(MARK)
        for item in obj:
            self._store(item)
        again = self._recall(obj)
        if again is not None:
            write(POP_MARK + again)
            return
        write(FROZENSET)
        self._remember(obj)

    # -- objects saved by name

    def _store_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        # Interned, as CPython's names are, so that the memo (which goes by
        # identity) finds a module name written before.
        name = sys.intern(name)
        module_name = sys.intern(whichmodule(obj, name))
        found, parent, module = self._resolve_global(obj, module_name, name)
        if self.proto >= 2 and self._store_extension(module_name, name):
            return
        last = name.rpartition('.')[2]
        if parent is module:
            name = last
        write = self._out.write
        if self.proto >= 4:
            self._store(module_name)
            self._store(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            # A nested name: getattr(parent, last).
            self._store_reduction(getattr, (parent, last))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n'
                  + name.encode('utf-8') + b'\n')
        else:
            self._write_py2_global(module_name, name)
        self._remember(obj)

    def _resolve_global(self, obj, module_name, name):
        """Check that obj really is module_name.name; (obj, parent, module)."""
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _lookup_dotted(module, name)
        except AttributeError:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,))
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        return found, parent, module

    def _store_extension(self, module_name, name):
        code = copyreg._extension_registry.get((module_name, name))
        if not code:
            return False
        if code <= 0xff:
            self._out.write(EXT1 + pack('<B', code))
        elif code <= 0xffff:
            self._out.write(EXT2 + pack('<H', code))
        else:
            self._out.write(EXT4 + pack('<i', code))
        return True

    def _write_py2_global(self, module_name, name):
        if self.fix_imports:
            renamed = _REVERSE_NAME_MAPPING.get((module_name, name))
            if renamed is not None:
                module_name, name = renamed
            else:
                module_name = _REVERSE_IMPORT_MAPPING.get(module_name, module_name)
        try:
            line = (module_name + '\n' + name + '\n').encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using "
                                "pickle protocol %i" % (module_name, name, self.proto)) \
                from None
        self._out.write(GLOBAL + line)

    def _store_codecs_encode(self):
        # codecs.encode as protocols 0 to 2 name it; minipy may lack codecs,
        # so the GLOBAL is written by hand (and memoized like any global).
        again = self._recall(_codecs_encode)
        if again is not None:
            self._out.write(again)
            return
        self._out.write(GLOBAL + b'_codecs\nencode\n')
        self._remember(_codecs_encode)


# Characters the line-based UNICODE opcode cannot carry as themselves.
_LINE_UNSAFE = {ord(c): '\\u%04x' % ord(c) for c in '\\\0\n\r\x1a'}

# Written by their own opcodes and never memoized (dispatched on exact type).
_SCALAR_TYPES = frozenset((type(None), bool, int, float))

_WRITERS = {
    type(None): Pickler._write_none, bool: Pickler._write_bool,
    int: Pickler._write_int, float: Pickler._write_float,
    bytes: Pickler._write_bytes, bytearray: Pickler._write_bytearray,
    str: Pickler._write_str, tuple: Pickler._write_tuple,
    list: Pickler._write_list, dict: Pickler._write_dict,
    set: Pickler._write_set, frozenset: Pickler._write_frozenset,
}


def _batches(iterator):
    """Lists of up to _BATCH items from iterator; the last may be empty
    only when nothing came at all."""
    while True:
        batch = []
        for item in iterator:
            batch.append(item)
            if len(batch) == _BATCH:
                break
        if batch:
            yield batch
        if len(batch) < _BATCH:
            return


def _checked_pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


def _is_function(obj):
    return type(obj) is type(_checked_pair)


def _is_builtin_function(obj):
    return type(obj) is type(len)


def _reduce_exception(exc):
    state = getattr(exc, '__dict__', None)
    return (type(exc), exc.args, state) if state else (type(exc), exc.args)


# ==== what builtin objects reduce to =======================================

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


# ==== reading ==============================================================

class _Finished(Exception):
    """Raised by the STOP opcode to end the reading loop with the result."""

    def __init__(self, value):
        self.value = value


class _MemoryFile:
    """read() / readline() over an in-memory pickle."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        start = self.pos
        chunk = self.data[start:start + n]
        self.pos = start + len(chunk)
        return chunk

    def readline(self):
        start = self.pos
        newline = self.data.find(b'\n', start)
        self.pos = len(self.data) if newline < 0 else newline + 1
        return self.data[start:self.pos]


# opcode byte -> Unpickler method, filled in by @_reads below.
_READERS = {}


def _reads(opcode):
    def register(method):
        _READERS[opcode[0]] = method
        return method
    return register


_ABSENT = object()


def _describe_key(code):
    char = chr(code)
    if code < 0x80 and char.isprintable():
        return repr(char)
    return "'\\x%02x'" % code


class Unpickler:
    """Reads pickles from a binary file (anything with read() and
    readline()); the protocol is detected from the data."""

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        try:
            self._source_read = file.read
            self._source_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") \
                from None
        self._buffers = None if buffers is None else iter(buffers)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def persistent_load(self, pid):
        """Override to turn a persistent id back into its object."""
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The object a pickle names as module.name (override to restrict)."""
        if self.proto < 3 and self.fix_imports:
            renamed = _NAME_MAPPING.get((module, name))
            if renamed is not None:
                module, name = renamed
            else:
                module = _IMPORT_MAPPING.get(module, module)
        if module in ('_codecs', 'codecs') and name == 'encode':
            try:
                __import__(module, level=0)
            except ImportError:
                return _codecs_encode
        __import__(module, level=0)
        namespace = sys.modules[module]
        if self.proto >= 4:
            return _lookup_dotted(namespace, name)[0]
        try:
            return getattr(namespace, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, namespace)) from None

    def load(self):
        """Read one pickle from the file and return the object it holds."""
        if not hasattr(self, '_source_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self._stack = []
        self._marks = []           # the stacks saved by each open MARK
        self.proto = 0
        read = self._source_read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = _READERS.get(key[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, %s." % _describe_key(key[0]))
                handler(self)
        except _Finished as done:
            return done.value
        finally:
            self._stack = self._marks = None

    # -- input

    def _read(self, n):
        data = self._source_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        """The next line without its newline."""
        data = self._source_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def _read_sized(self, fmt, width):
        return unpack(fmt, self._read(width))[0]

    # -- the stack

    def _push(self, value):
        self._stack.append(value)

    def _pop(self):
        if not self._stack:
            self._underflow()
        return self._stack.pop()

    def _peek(self):
        if not self._stack:
            self._underflow()
        return self._stack[-1]

    def _underflow(self):
        if self._marks:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop_to_mark(self):
        """Everything pushed since the last MARK, which is closed."""
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    @_reads(MARK)
    def _op_mark(self):
        self._marks.append(self._stack)
        self._stack = []

    @_reads(STOP)
    def _op_stop(self):
        raise _Finished(self._pop())

    @_reads(POP)
    def _op_pop(self):
        if self._stack:
            self._stack.pop()
        elif self._marks:
            self._pop_to_mark()         # a MARK with nothing after it
        else:
            self._underflow()

    @_reads(POP_MARK)
    def _op_pop_mark(self):
        self._pop_to_mark()

    @_reads(DUP)
    def _op_dup(self):
        self._push(self._peek())

    # -- framing and protocol

    @_reads(PROTO)
    def _op_proto(self):
        version = self._read(1)[0]
        if version > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % version)
        self.proto = version

    @_reads(FRAME)
    def _op_frame(self):
        # Frames only group opcodes for buffered reading: check the size
        # and read on.
        size = self._read_sized('<Q', 8)
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)

    # -- constants and numbers

    @_reads(NONE)
    def _op_none(self):
        self._push(None)

    @_reads(NEWTRUE)
    def _op_true(self):
        self._push(True)

    @_reads(NEWFALSE)
    def _op_false(self):
        self._push(False)

    @_reads(INT)
    def _op_int(self):
        text = self._line()
        # Protocol 0 writes booleans as INT 01 / 00.
        special = {b'01': True, b'00': False}.get(text)
        self._push(special if special is not None else _parse_int(text))

    @_reads(LONG)
    def _op_long(self):
        text = self._line()
        self._push(_parse_int(text[:-1] if text.endswith(b'L') else text))

    @_reads(BININT)
    def _op_binint(self):
        self._push(self._read_sized('<i', 4))

    @_reads(BININT1)
    def _op_binint1(self):
        self._push(self._read(1)[0])

    @_reads(BININT2)
    def _op_binint2(self):
        self._push(self._read_sized('<H', 2))

    @_reads(LONG1)
    def _op_long1(self):
        self._push(decode_long(self._read(self._read(1)[0])))

    @_reads(LONG4)
    def _op_long4(self):
        size = self._read_sized('<i', 4)
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(decode_long(self._read(size)))

    @_reads(FLOAT)
    def _op_float(self):
        self._push(float(self._line().decode('ascii')))

    @_reads(BINFLOAT)
    def _op_binfloat(self):
        self._push(self._read_sized('>d', 8))

    # -- text and bytes

    def _py2_string(self, raw):
        # A Python 2 str: kept as bytes, or decoded as asked.
        if self.encoding == 'bytes':
            return raw
        return raw.decode(self.encoding, self.errors)

    @_reads(STRING)
    def _op_string(self):
        text = self._line()
        if len(text) < 2 or text[0] != text[-1] or text[0] not in b'"\'':
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._py2_string(_escape_decode(text[1:-1])))

    @_reads(BINSTRING)
    def _op_binstring(self):
        size = self._read_sized('<i', 4)
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._push(self._py2_string(self._read(size)))

    @_reads(SHORT_BINSTRING)
    def _op_short_binstring(self):
        self._push(self._py2_string(self._read(self._read(1)[0])))

    @_reads(UNICODE)
    def _op_unicode(self):
        self._push(_raw_unicode_unescape(self._line()))

    @_reads(SHORT_BINUNICODE)
    def _op_short_binunicode(self):
        self._push(str(self._read(self._read(1)[0]), 'utf-8'))

    @_reads(BINUNICODE)
    def _op_binunicode(self):
        self._push(str(self._read(self._read_sized('<I', 4)), 'utf-8'))

    @_reads(BINUNICODE8)
    def _op_binunicode8(self):
        self._push(str(self._read(self._read_sized('<Q', 8)), 'utf-8'))

    @_reads(SHORT_BINBYTES)
    def _op_short_binbytes(self):
        self._push(bytes(self._read(self._read(1)[0])))

    @_reads(BINBYTES)
    def _op_binbytes(self):
        self._push(bytes(self._read(self._read_sized('<I', 4))))

    @_reads(BINBYTES8)
    def _op_binbytes8(self):
        self._push(bytes(self._read(self._read_sized('<Q', 8))))

    @_reads(BYTEARRAY8)
    def _op_bytearray8(self):
        self._push(bytearray(self._read(self._read_sized('<Q', 8))))

    @_reads(NEXT_BUFFER)
    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    @_reads(READONLY_BUFFER)
    def _op_readonly_buffer(self):
        self._peek()

    # -- containers

    @_reads(EMPTY_TUPLE)
    def _op_empty_tuple(self):
        self._push(())

    @_reads(TUPLE)
    def _op_tuple(self):
        self._push(tuple(self._pop_to_mark()))

    def _small_tuple(self, size):
        stack = self._stack
        if len(stack) < size:
            self._underflow()
        cut = len(stack) - size
        built = tuple(stack[cut:])
        del stack[cut:]
        self._push(built)

    @_reads(TUPLE1)
    def _op_tuple1(self):
        self._small_tuple(1)

    @_reads(TUPLE2)
    def _op_tuple2(self):
        self._small_tuple(2)

    @_reads(TUPLE3)
    def _op_tuple3(self):
        self._small_tuple(3)

    @_reads(EMPTY_LIST)
    def _op_empty_list(self):
        self._push([])

    @_reads(LIST)
    def _op_list(self):
        self._push(self._pop_to_mark())

    @_reads(EMPTY_DICT)
    def _op_empty_dict(self):
        self._push({})

    @_reads(DICT)
    def _op_dict(self):
        flat = self._pop_to_mark()
        if len(flat) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._push(dict(zip(flat[::2], flat[1::2])))

    @_reads(EMPTY_SET)
    def _op_empty_set(self):
        self._push(set())

    @_reads(FROZENSET)
    def _op_frozenset(self):
        self._push(frozenset(self._pop_to_mark()))

    @_reads(APPEND)
    def _op_append(self):
        item = self._pop()
        self._peek().append(item)

    @_reads(APPENDS)
    def _op_appends(self):
        items = self._pop_to_mark()
        target = self._peek()
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    @_reads(SETITEM)
    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._peek()[key] = value

    @_reads(SETITEMS)
    def _op_setitems(self):
        flat = self._pop_to_mark()
        if len(flat) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._peek()
        for position in range(0, len(flat), 2):
            target[flat[position]] = flat[position + 1]

    @_reads(ADDITEMS)
    def _op_additems(self):
        items = self._pop_to_mark()
        target = self._peek()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    # -- the memo

    def _fetch(self, index):
        try:
            self._push(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    @_reads(GET)
    def _op_get(self):
        self._fetch(int(self._line().decode('ascii')))

    @_reads(BINGET)
    def _op_binget(self):
        self._fetch(self._read(1)[0])

    @_reads(LONG_BINGET)
    def _op_long_binget(self):
        self._fetch(self._read_sized('<I', 4))

    @_reads(PUT)
    def _op_put(self):
        index = int(self._line().decode('ascii'))
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._peek()

    @_reads(BINPUT)
    def _op_binput(self):
        self.memo[self._read(1)[0]] = self._peek()

    @_reads(LONG_BINPUT)
    def _op_long_binput(self):
        index = self._read_sized('<I', 4)
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._peek()

    @_reads(MEMOIZE)
    def _op_memoize(self):
        self.memo[len(self.memo)] = self._peek()

    # -- objects by name, and building objects

    @_reads(GLOBAL)
    def _op_global(self):
        module = self._line().decode('utf-8')
        name = self._line().decode('utf-8')
        self._push(self.find_class(module, name))

    @_reads(STACK_GLOBAL)
    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _extension(self, code):
        cached = copyreg._extension_cache.get(code, _ABSENT)
        if cached is _ABSENT:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            cached = copyreg._extension_cache[code] = self.find_class(*key)
        self._push(cached)

    @_reads(EXT1)
    def _op_ext1(self):
        self._extension(self._read(1)[0])

    @_reads(EXT2)
    def _op_ext2(self):
        self._extension(self._read_sized('<H', 2))

    @_reads(EXT4)
    def _op_ext4(self):
        self._extension(self._read_sized('<i', 4))

    @_reads(REDUCE)
    def _op_reduce(self):
        args = self._pop()
        func = self._peek()
        self._stack[-1] = func(*args)

    @_reads(NEWOBJ)
    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._push(cls.__new__(cls, *args))

    @_reads(NEWOBJ_EX)
    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        self._push(cls.__new__(cls, *args, **kwargs))

    def _create(self, klass, args):
        # INST / OBJ: call the class, unless an old-style empty instance
        # can be made with __new__ alone.
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                made = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err),
                                err.__traceback__)
        else:
            made = klass.__new__(klass)
        self._push(made)

    @_reads(INST)
    def _op_inst(self):
        module = self._line().decode('ascii')
        name = self._line().decode('ascii')
        klass = self.find_class(module, name)
        self._create(klass, self._pop_to_mark())

    @_reads(OBJ)
    def _op_obj(self):
        items = self._pop_to_mark()
        if not items:
            self._underflow()
        self._create(items[0], items[1:])

    @_reads(BUILD)
    def _op_build(self):
        state = self._pop()
        target = self._peek()
        setstate = getattr(target, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slot_values = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slot_values = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            target.__dict__.update(state)
        if slot_values:
            if not isinstance(slot_values, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for attribute, value in slot_values.items():
                setattr(target, attribute, value)

    @_reads(PERSID)
    def _op_persid(self):
        try:
            pid = self._line().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                from None
        self._push(self.persistent_load(pid))

    @_reads(BINPERSID)
    def _op_binpersid(self):
        self._push(self.persistent_load(self._pop()))


def _parse_int(text):
    try:
        return int(text.decode('ascii'), 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


# ==== shorthands ===========================================================

class _KeepBytes:
    """A file stand-in that keeps what one dump() writes."""
    __slots__ = ('data',)

    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data = data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to a binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    keeper = _KeepBytes()
    dump(obj, keeper, protocol, fix_imports=fix_imports,
         buffer_callback=buffer_callback)
    return keeper.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """The object pickled in a binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object pickled in data (bytes or bytearray)."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    return load(_MemoryFile(bytes(data)), fix_imports=fix_imports,
                encoding=encoding, errors=errors, buffers=buffers)
