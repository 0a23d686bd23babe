# array.array: construction, methods, sequence protocol, operators, repr.
from array import array
import array as array_module
import sys

print(array_module.typecodes, array_module.ArrayType is array, array)
for tc in array_module.typecodes:
    a = array(tc)
    print(tc, a, a.typecode, a.itemsize, len(a), bool(a))

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a[5:], list(a), 2 in a, 5 in a, 2.0 in a)
a.append(4); a.extend([5, 6]); a.extend(array('i', [7])); a.extend(range(8, 10)); a.insert(0, 0)
a.insert(-2, 100); a.insert(1000, 11); a.insert(-1000, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.index(3, 2), a.index(3, -9, 100), a.count(2))
a.remove(100); a.reverse(); print(a, a.tolist())
print(a.tobytes()[:8], array('h', [1, -2]).tobytes(), array('d', [0.5]).tobytes())
b = array('h', [1, 258]); b.byteswap(); print(b)
b.frombytes(b'\x01\x00\x02\x00'); b.fromlist([7, 8]); print(b)
u = array('u', 'héllo'); u.fromunicode(' wörld'); u.append('!'); print(u, u.tounicode(), u[1], len(u))
print(u.tolist()[:3], array('u'), repr(array('u', 'a\'b"')))

# initializers
print(array('b', b'\x01\xff'), array('B', bytearray(b'\x01\xff')), array('h', (1, 2)),
      array('d', range(3)), array('f', [1.1, 2.5]), array('q', iter([1, 2])),
      array('l', array('l', [5])), array('d', array('i', [1, 2])),
      array('I', [2**32 - 1]), array('Q', [2**64 - 1]), array('q', [-2**63]),
      array('L', [True, False]), array('i', {3: 'x'}))
print(array('f', [0.1, 1/3, 1e300, -1e-50]), array('d', [0.1, 1e-320]))

class Idx:
    def __index__(self):
        return 42
print(array('b', [Idx()]), array('Q', [Idx()]), array('d', [Idx()]))

# indexing and slices
a = array('i', range(10))
a[0] = 100; a[-1] = -100; print(a)
a[2:5] = array('i', [7, 7]); print(a)
a[::3] = array('i', [0] * len(a[::3])); print(a)
a[len(a):] = array('i', [1, 2, 3]); print(a)
a[1:1] = a; print(a)
del a[0]; del a[-1]; del a[2:4]; del a[::2]; print(a)
del a[::-3]; print(a)
del a[5:2]; del a[100:]; print(a)
print(a[1:100:2], a[-3:], a[::-2], a[3:1], a[:])

# operators
x, y = array('d', [1.5, 2.5]), array('d', [3.0])
print(x + y, x * 3, 3 * x, x * 0, x * -2, y * True)
z = x
z += y; print(z is x, x)
z *= 2; print(z is x, x)
z *= 0; print(z, len(x))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('i', [1, 2]) != array('i', [1]), array('i', [1, 2]) < array('i', [1, 3]),
      array('i', [1, 2]) < array('i', [1, 2, 0]), array('b', [5]) >= array('B', [5]),
      array('i') <= array('i'), array('i', [2]) > array('h', [1, 9]),
      array('i', [1]) == [1], array('u', 'ab') < array('u', 'b'))
print(array('d', [float('nan')]) == array('d', [float('nan')]))

# iteration and builtins
it = iter(array('h', [3, 1, 2]))
print(type(it).__name__, next(it), list(it), list(it))
print(sorted(array('b', [3, 1, 2])), sum(array('H', [1, 2])), max(array('f', [1.5, -2.0])),
      list(reversed(array('b', [1, 2]))), list(enumerate(array('u', 'ab'))),
      bytes(array('h', [1, 2])), bytearray(array('B', [65, 66])))
import copy
c = array('i', [1, 2]); d = copy.copy(c); e = copy.deepcopy(c); d[0] = 9
print(c, d, e, d is c)
print(type(array('i')) is array, isinstance(c, array), array.__name__, array.__module__)

# mutation visible to a live iterator
a = array('i', [1, 2, 3])
it = iter(a)
print(next(it)); a.append(4); print(list(it))

# sizes: the heap holds the items compactly
small, big = sys.getsizeof(array('b')), sys.getsizeof(array('b', range(100)))
print(big - small >= 100, sys.getsizeof(array('d', [0.0] * 100)) - small >= 800)

# arrays are buffers for struct
import struct
a = array('h', [1, 2, 3])
print(struct.unpack('<3h', a), struct.unpack_from('<h', a, 2))
struct.pack_into('<h', a, 4, -7)
print(a, list(struct.iter_unpack('<h', a)))
