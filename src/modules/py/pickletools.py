"""Tools for looking inside pickles: genops() walks the opcodes, dis() prints
a symbolic listing of them, optimize() drops the memo stores that no memo
fetch uses."""

import codecs
import io
from struct import unpack, pack

__all__ = ['dis', 'genops', 'optimize']


# ---- reading opcode arguments ----

def _read_exact(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def _fixed(fmt, size, what):
    def read(f):
        return unpack(fmt, _read_exact(f, size, what))[0]
    return read


def _line(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def _read_stringnl(f):
    data = _line(f, "stringnl")
    for quote in (b'"', b"'"):
        if data.startswith(quote):
            if not data.endswith(quote):
                raise ValueError("strinq quote %r not found at both ends of %r"
                                 % (quote, data))
            data = data[1:-1]
            break
    else:
        raise ValueError("no string quotes around %r" % data)
    return codecs.escape_decode(data)[0].decode("ascii")


def _read_stringnl_noescape(f):
    return _line(f, "stringnl").decode("utf-8")


def _read_stringnl_noescape_pair(f):
    return "%s %s" % (_read_stringnl_noescape(f), _read_stringnl_noescape(f))


def _read_decimalnl_short(f):
    s = _line(f, "stringnl")
    # the protocol 0 spellings of the bools
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def _read_decimalnl_long(f):
    s = _line(f, "stringnl")
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s)


def _read_floatnl(f):
    return float(_line(f, "stringnl"))


def _counted(count_reader, what, convert):
    """An argument given as a byte count, then that many bytes."""
    def read(f):
        n = count_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        data = f.read(n)
        if len(data) != n:
            raise ValueError("expected %d bytes in a %s, but only %d remain"
                             % (n, what, len(data)))
        return convert(data)
    return read


_uint1 = _fixed('<B', 1, 'uint1')
_uint2 = _fixed('<H', 2, 'uint2')
_int4 = _fixed('<i', 4, 'int4')
_uint4 = _fixed('<I', 4, 'uint4')
_uint8 = _fixed('<Q', 8, 'uint8')


def _as_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _as_unicode(data):
    return str(data, 'utf-8', 'surrogatepass')


class ArgumentDescriptor:
    __slots__ = ('name', 'reader')

    def __init__(self, name, reader):
        self.name = name
        self.reader = reader

    def __repr__(self):
        return self.name


_ARGS = {
    'uint1': _uint1, 'uint2': _uint2, 'int4': _int4, 'uint4': _uint4, 'uint8': _uint8,
    'decimalnl_short': _read_decimalnl_short,
    'decimalnl_long': _read_decimalnl_long,
    'floatnl': _read_floatnl,
    'float8': _fixed('>d', 8, 'float8'),
    'stringnl': _read_stringnl,
    'stringnl_noescape': _read_stringnl_noescape,
    'stringnl_noescape_pair': _read_stringnl_noescape_pair,
    'string1': _counted(_uint1, 'string1', lambda b: b.decode('latin-1')),
    'string4': _counted(_int4, 'string4', lambda b: b.decode('latin-1')),
    'bytes1': _counted(_uint1, 'bytes1', bytes),
    'bytes4': _counted(_uint4, 'bytes4', bytes),
    'bytes8': _counted(_uint8, 'bytes8', bytes),
    'bytearray8': _counted(_uint8, 'bytearray8', bytearray),
    'unicodestringnl': lambda f: codecs.raw_unicode_escape_decode(_line(f, "unicodestringnl"))[0],
    'unicodestring1': _counted(_uint1, 'unicodestring1', _as_unicode),
    'unicodestring4': _counted(_uint4, 'unicodestring4', _as_unicode),
    'unicodestring8': _counted(_uint8, 'unicodestring8', _as_unicode),
    'long1': _counted(_uint1, 'long1', _as_long),
    'long4': _counted(_int4, 'long4', _as_long),
}


class StackObject:
    """A kind of object on the unpickling stack, by name."""
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_STACK = {name: StackObject(name) for name in (
    'int', 'bool', 'int_or_bool', 'bytes_or_str', 'bytes', 'bytearray', 'buffer',
    'None', 'str', 'float', 'list', 'tuple', 'dict', 'set', 'frozenset', 'any',
    'mark', 'stackslice')}
markobject = _STACK['mark']
stackslice = _STACK['stackslice']


class OpcodeInfo:
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# code, name, argument, stack before, stack after, protocol, summary
_TABLE = """\
I INT decimalnl_short - int_or_bool 0 Push an integer or bool.
J BININT int4 - int 1 Push a four-byte signed integer.
K BININT1 uint1 - int 1 Push a one-byte unsigned integer.
M BININT2 uint2 - int 1 Push a two-byte unsigned integer.
L LONG decimalnl_long - int 0 Push a long integer.
\\x8a LONG1 long1 - int 2 Long integer using one-byte length.
\\x8b LONG4 long4 - int 2 Long integer using found-byte length.
S STRING stringnl - bytes_or_str 0 Push a Python string object.
T BINSTRING string4 - bytes_or_str 1 Push a Python string object.
U SHORT_BINSTRING string1 - bytes_or_str 1 Push a Python string object.
B BINBYTES bytes4 - bytes 3 Push a Python bytes object.
C SHORT_BINBYTES bytes1 - bytes 3 Push a Python bytes object.
\\x8e BINBYTES8 bytes8 - bytes 4 Push a Python bytes object.
\\x96 BYTEARRAY8 bytearray8 - bytearray 5 Push a Python bytearray object.
\\x97 NEXT_BUFFER - - buffer 5 Push an out-of-band buffer object.
\\x98 READONLY_BUFFER - buffer buffer 5 Make an out-of-band buffer object read-only.
N NONE - - None 0 Push None on the stack.
\\x88 NEWTRUE - - bool 2 Push True onto the stack.
\\x89 NEWFALSE - - bool 2 Push False onto the stack.
V UNICODE unicodestringnl - str 0 Push a Python Unicode string object.
\\x8c SHORT_BINUNICODE unicodestring1 - str 4 Push a Python Unicode string object.
X BINUNICODE unicodestring4 - str 1 Push a Python Unicode string object.
\\x8d BINUNICODE8 unicodestring8 - str 4 Push a Python Unicode string object.
F FLOAT floatnl - float 0 Newline-terminated decimal float literal.
G BINFLOAT float8 - float 1 Float stored in binary form, with 8 bytes of data.
] EMPTY_LIST - - list 1 Push an empty list.
a APPEND - list,any list 0 Append an object to a list.
e APPENDS - list,mark,stackslice list 1 Extend a list by a slice of stack objects.
l LIST - mark,stackslice list 0 Build a list out of the topmost stack slice, after markobject.
) EMPTY_TUPLE - - tuple 1 Push an empty tuple.
t TUPLE - mark,stackslice tuple 0 Build a tuple out of the topmost stack slice, after markobject.
\\x85 TUPLE1 - any tuple 2 Build a one-tuple out of the topmost item on the stack.
\\x86 TUPLE2 - any,any tuple 2 Build a two-tuple out of the top two items on the stack.
\\x87 TUPLE3 - any,any,any tuple 2 Build a three-tuple out of the top three items on the stack.
} EMPTY_DICT - - dict 1 Push an empty dict.
d DICT - mark,stackslice dict 0 Build a dict out of the topmost stack slice, after markobject.
s SETITEM - dict,any,any dict 0 Add a key+value pair to an existing dict.
u SETITEMS - dict,mark,stackslice dict 1 Add an arbitrary number of key+value pairs to an existing dict.
\\x8f EMPTY_SET - - set 4 Push an empty set.
\\x90 ADDITEMS - set,mark,stackslice set 4 Add an arbitrary number of items to an existing set.
\\x91 FROZENSET - mark,stackslice frozenset 4 Build a frozenset out of the topmost slice, after markobject.
0 POP - any - 0 Discard the top stack item, shrinking the stack by one item.
2 DUP - any any,any 0 Push the top stack item onto the stack again, duplicating it.
( MARK - - mark 0 Push markobject onto the stack.
1 POP_MARK - mark,stackslice - 1 Pop all the stack objects at and above the topmost markobject.
g GET decimalnl_short - any 0 Read an object from the memo and push it on the stack.
h BINGET uint1 - any 1 Read an object from the memo and push it on the stack.
j LONG_BINGET uint4 - any 1 Read an object from the memo and push it on the stack.
p PUT decimalnl_short - - 0 Store the stack top into the memo.  The stack is not popped.
q BINPUT uint1 - - 1 Store the stack top into the memo.  The stack is not popped.
r LONG_BINPUT uint4 - - 1 Store the stack top into the memo.  The stack is not popped.
\\x94 MEMOIZE - any any 4 Store the stack top into the memo.  The stack is not popped.
\\x82 EXT1 uint1 - any 2 Extension code.
\\x83 EXT2 uint2 - any 2 Extension code.
\\x84 EXT4 int4 - any 2 Extension code.
c GLOBAL stringnl_noescape_pair - any 0 Push a global object (module.attr) on the stack.
\\x93 STACK_GLOBAL - str,str any 4 Push a global object (module.attr) on the stack.
R REDUCE - any,any any 0 Push an object built from a callable and an argument tuple.
b BUILD - any,any any 0 Finish building an object, via __setstate__ or dict update.
i INST stringnl_noescape_pair mark,stackslice any 0 Build a class instance.
o OBJ - mark,any,stackslice any 1 Build a class instance.
\\x81 NEWOBJ - any,any any 2 Build an object instance.
\\x92 NEWOBJ_EX - any,any,any any 4 Build an object instance.
\\x80 PROTO uint1 - - 2 Protocol version indicator.
. STOP - any - 0 Stop the unpickling machine.
\\x95 FRAME uint8 - - 4 Indicate the beginning of a new frame.
P PERSID stringnl_noescape - any 0 Push an object identified by a persistent ID.
Q BINPERSID - any any 1 Push an object identified by a persistent ID.
"""


def _build_table():
    ops = []
    for row in _TABLE.splitlines():
        code, name, arg, before, after, proto, doc = row.split(' ', 6)
        if code.startswith('\\x'):
            code = chr(int(code[2:], 16))

        def stack(spec):
            return [] if spec == '-' else [_STACK[s] for s in spec.split(',')]
        ops.append(OpcodeInfo(name, code,
                              None if arg == '-' else ArgumentDescriptor(arg, _ARGS[arg]),
                              stack(before), stack(after), int(proto), doc))
    return ops


opcodes = _build_table()
code2op = {op.code: op for op in opcodes}
del _build_table


# ---- walking a pickle ----

def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    if hasattr(data, "tell"):
        getpos = data.tell
    else:
        def getpos():
            return None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b'.':
            assert opcode.name == 'STOP'
            break


bytes_types = (bytes, bytearray)


def genops(pickle):
    """Generate (opcode, arg, pos) for each opcode of a pickle (bytes or a
    binary file), up to and including STOP."""
    return _genops(pickle)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic listing of a pickle's opcodes to out (sys.stdout),
    checking the stack and memo as the unpickler would use them."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []          # positions of the MARKs still open
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate      # column the opcode summaries start in
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack),
                              opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        # An opcode that takes the slice above a MARK closes that MARK.
        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack
                                    and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                if markpos is None:
                    markmsg = "(MARK at unknown opcode offset)"
                else:
                    markmsg = "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                numtopop = before.index(markobject) if markobject in before else 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            # summaries line up as long as the lines leave room
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with "
                             "only %d items" % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


# ---- optimize ----

_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4


class _Output:
    """Bytes written out, in frames of about _FRAME_TARGET bytes from
    protocol 4 on (a piece bigger than that goes outside any frame)."""

    def __init__(self, header, framing):
        self.out = io.BytesIO()
        self.out.write(header)
        self.framing = framing
        self.frame = bytearray()

    def commit(self, force):
        if self.frame and (len(self.frame) >= _FRAME_TARGET or force):
            if len(self.frame) >= _FRAME_MIN:
                self.out.write(b'\x95' + pack('<Q', len(self.frame)))
            self.out.write(bytes(self.frame))
            self.frame = bytearray()

    def write(self, data, frameless=False):
        if not self.framing:
            self.out.write(data)
            return
        self.commit(frameless)
        if frameless:
            self.out.write(data)
        else:
            self.frame += data

    def finish(self):
        if self.framing:
            self.commit(True)
        return self.out.getvalue()


def optimize(p):
    """Optimize a pickle string by removing unused PUT opcodes."""
    put = 'PUT'
    get = 'GET'
    stored = set()
    used = {}               # memo key in p -> key in the result
    pieces = []             # (put, key), (get, key) or (start, end) in p
    proto = 0
    protoheader = b''
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if 'PUT' in opcode.name:
            stored.add(arg)
            pieces.append((put, arg))
        elif opcode.name == 'MEMOIZE':
            idx = len(stored)
            stored.add(idx)
            pieces.append((put, idx))
        elif 'FRAME' in opcode.name:
            pass
        elif 'GET' in opcode.name:
            if opcode.proto > proto:
                proto = opcode.proto
            used[arg] = None
            pieces.append((get, arg))
        elif opcode.name == 'PROTO':
            if arg > proto:
                proto = arg
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                pieces.append((pos, end_pos))
        else:
            pieces.append((pos, end_pos))

    out = _Output(protoheader, proto >= 4)
    binary = proto >= 1
    next_key = 0
    for op, arg in pieces:
        if op is put:
            if arg not in used:
                continue
            if proto >= 4:
                data = b'\x94'
            elif binary:
                data = (b'q' + pack('<B', next_key) if next_key < 256
                        else b'r' + pack('<I', next_key))
            else:
                data = b'p' + repr(next_key).encode('ascii') + b'\n'
            used[arg] = next_key
            next_key += 1
            out.write(data)
        elif op is get:
            key = used[arg]
            if binary:
                data = (b'h' + pack('<B', key) if key < 256
                        else b'j' + pack('<I', key))
            else:
                data = b'g' + repr(key).encode('ascii') + b'\n'
            out.write(data)
        else:
            data = p[op:arg]
            out.write(data, frameless=len(data) > _FRAME_TARGET)
    return out.finish()
