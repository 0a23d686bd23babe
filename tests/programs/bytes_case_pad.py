# Case mapping, character classes, padding, tabs and translate for bytes.
b = b'Hello World 123 \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"they're bill's".title(), b'hELLO wORLD'.capitalize(), bytearray(b'mIx').swapcase())
tests = [b'', b'abc', b'ABC', b'Abc', b'123', b'abc123', b' \t\n', b'a b', b'\xe9', b'Hello World', b'HELLO 1', b'hello 1', b'A1b']
for t in tests:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isascii())
print(b'ab'.center(6), b'ab'.center(7, b'*'), b'abc'.center(6, b'-'), b'abc'.center(2))
print(b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'ab'.rjust(1), bytearray(b'q').ljust(3, bytearray(b'_')))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(4), b''.zfill(2), b'abc'.zfill(2), b'-'.zfill(3))
print(b'a\tb\tc'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'x\ny\tz'.expandtabs(tabsize=2), b'\t'.expandtabs(0))
table = bytes.maketrans(b'abc', b'ABC')
print(b'aabbcc xyz'.translate(table), b'hello'.translate(None, b'l'), b'hello'.translate(table, delete=b'h'))
print(bytearray(b'cab').translate(table))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: b'a'.center(4, '*'))
attempt(lambda: b'a'.center(4, b'**'))
attempt(lambda: b'a'.ljust('x'))
attempt(lambda: b'a'.center())
attempt(lambda: b'a'.zfill())
attempt(lambda: b'a'.upper(1))
attempt(lambda: b'a'.translate(b'short'))
