# bytes and bytearray: literals, indexing, slicing, iteration, operators.
b = b'hello world'
print(b, len(b), type(b).__name__)
print(b[0], b[-1], b[4], b[-11])
print(b[1:5], b[:3], b[6:], b[::2], b[::-1], b[-5:-1], b[100:], b[5:2])
print(type(b[1:3]).__name__, type(b[0]).__name__)
ba = bytearray(b'spam')
print(ba, ba[0], ba[1:3], ba[::-1], type(ba[1:3]).__name__)
print(list(b'abc'), list(bytearray(b'xyz')), tuple(b'\x00\xff'))
for x in b'AZ':
    print(x, chr(x))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(104 in b, 0 in b, b'wor' in b, b'' in b, b'xyz' in b, bytearray(b'llo') in b)
print(ord('h') in ba, b'pa' in ba)
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), b'abc' != b'abd')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'' <= b'', bytearray(b'a') < b'b')
print(b'abc' == 'abc', b'' == '')
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''), hash(b'xyz') == hash(b'xyz'))
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, {b'a', b'a', b'b'} == {b'a', b'b'})
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, bytearray(b'x') * 2, 2 * bytearray(b'y'))
x = b'a'
x += b'b'
x *= 2
print(x)
print(bool(b''), bool(b'\x00'), bool(bytearray()), not bytearray(b'1'))
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b'\t\n\r\\\x7f\x80'))
print(repr(bytearray(b"it's")), str(b'abc'), str(bytearray(b'q')))
print(f"{b'fmt'}", '%s' % b'pct', '{}'.format(b'br'), '%r' % bytearray(b'z'))
print(sorted([b'b', b'a', b'c']), max(b'hello'), min(b'hello'), sum(b'\x01\x02'))
print(b'abc'[True], len(bytearray(10)))
print(list(reversed(b'abc')), list(enumerate(b'ab')))
print(bytes(b'x') is not None, isinstance(b'', bytes), isinstance(bytearray(), bytearray), isinstance(b'', bytearray))
import sys
small, large = sys.getsizeof(b'x'), sys.getsizeof(b'x' * 10000)
print(large - small > 9900, sys.getsizeof(bytearray(10000)) >= 10000)
grow = bytearray()
sizes = set()
for i in range(1000):
    grow.append(i % 256)
    sizes.add(sys.getsizeof(grow))
print(len(grow), 1 < len(sizes) < 100)
