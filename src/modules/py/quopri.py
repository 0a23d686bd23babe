"""quopri: quoted-printable encoding (RFC 1521), with the results of CPython's
`binascii.b2a_qp` / `a2b_qp`, which CPython's quopri uses."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""

_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def needsquoting(c, quotetabs, header):
    """Whether the single byte `c` must be written as =XX."""
    assert isinstance(c, bytes)
    if c in b" \t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """The =XX form of the single byte `c`."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def ishex(c):
    assert isinstance(c, bytes)
    return b"0" <= c <= b"9" or b"a" <= c <= b"f" or b"A" <= c <= b"F"


def unhex(s):
    """The value of the hexadecimal digits `s`."""
    value = 0
    for byte in s:
        value = value * 16 + int(chr(byte), 16)
    return value


def _as_bytes(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    return bytes(memoryview(data))


def _encode(data, quotetabs=False, istext=True, header=False):
    data = _as_bytes(data)
    n = len(data)
    # A text whose first line ends in CRLF keeps CRLF line ends throughout.
    first_nl = data.find(b"\n")
    eol = b"\r\n" if first_nl > 0 and data[first_nl - 1] == 0x0D else b"\n"
    soft_break = b"=" + eol
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        nxt = None if last else data[i + 1]
        lone_dot = c == 0x2E and linelen == 0 and (last or nxt in (0x0A, 0x0D, 0))
        must_quote = (
            c > 126
            or c == 0x3D
            or (header and c == 0x5F)
            or lone_dot
            or (not istext and c in (0x0D, 0x0A))
            or (c in (0x09, 0x20) and last)
            or (c < 33 and c not in (0x0D, 0x0A) and (quotetabs or c not in (0x09, 0x20)))
        )
        if must_quote:
            if linelen + 3 >= MAXLINESIZE:
                out += soft_break
                linelen = 0
            out += b"=%02X" % c
            linelen += 3
            i += 1
        elif istext and (c == 0x0A or (c == 0x0D and nxt == 0x0A)):
            linelen = 0
            # Whitespace at the end of a line would be lost in transport: quote it.
            if out and out[-1] in (0x20, 0x09):
                out[-1:] = b"=%02X" % out[-1]
            out += eol
            i += 2 if c == 0x0D else 1
        else:
            if not last and nxt != 0x0A and linelen + 1 >= MAXLINESIZE:
                out += soft_break
                linelen = 0
            linelen += 1
            out.append(0x5F if header and c == 0x20 else c)
            i += 1
    return bytes(out)


def _decode(data, header=False):
    data = _as_bytes(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 0x3D:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (0x0A, 0x0D):
                # A soft line break: skip to past the end of the line.
                if c != 0x0A:
                    while i < n and data[i] != 0x0A:
                        i += 1
                if i < n:
                    i += 1
            elif c == 0x3D:
                out.append(0x3D)
                i += 1
            elif i + 1 < n and c in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3D)
        elif header and c == 0x5F:
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Reads the binary file `input` to its end and writes its encoding to `output`."""
    output.write(_encode(input.read(), quotetabs=quotetabs, header=header))


def decode(input, output, header=False):
    output.write(_decode(input.read(), header=header))


def encodestring(s, quotetabs=False, header=False):
    return _encode(s, quotetabs=quotetabs, header=header)


def decodestring(s, header=False):
    return _decode(s, header=header)


def main():
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], "td")
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    deco = False
    tabs = False
    for o, a in opts:
        if o == "-t":
            tabs = True
        if o == "-d":
            deco = True
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ["-"]
    sts = 0
    for name in args:
        if name == "-":
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                sts = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != "-":
                fp.close()
    if sts:
        sys.exit(sts)


if __name__ == "__main__":
    main()
