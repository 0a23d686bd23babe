# memoryview over bytes, bytearray and array.array: items, slices sharing the
# buffer, writes through the view, attributes, casts, comparisons and hashing.
import array
import struct
import sys

mv = memoryview(b'hello world')
print(type(mv), memoryview, type(mv).__name__, repr(mv).startswith('<memory at 0x'))
print(mv[0], mv[-1], mv[1:4].tobytes(), bytes(mv[::2]), mv[::-1].tobytes())
print(len(mv), mv.nbytes, mv.readonly, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides)
print(mv.obj, mv.contiguous, mv.c_contiguous, mv.f_contiguous, mv.suboffsets)
print(mv.tolist()[:3], mv.hex(), mv[:3].hex(':'), mv[:4].hex('-', 2))
print(mv == b'hello world', mv == bytearray(b'hello world'), b'hello world' == mv)
print(mv != b'x', mv[:2] == mv[:2], mv == 'hello', mv == [104])
print(list(mv[:3]), [x for x in mv[::-3]], 108 in mv, 999 in mv)
print(type(iter(mv)).__name__, list(reversed(memoryview(b'abc'))))

# A slice is a view of the same memory: writes show through every view.
ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[1:3] = b'XY'
m[4:] = memoryview(b'!!')
print(ba, m.readonly, m[::2].tobytes(), m[::2].strides)
m2 = m[1:5]
m2[0] = ord('z')
print(ba, m2.obj is ba, m2.nbytes, m[::-1][::-1].tobytes(), m[::-2][1:].tobytes())
m[::2] = b'123'
print(ba, bytes(m[::-2]))

# array.array exports its items with their own format.
a = array.array('i', [1, -2, 3])
am = memoryview(a)
print(am.format, am.itemsize, am.nbytes, len(am), am[1], am.tolist(), am.shape, am.strides)
am[0] = 100
print(a, am[::-1].tolist(), am.cast('B').tolist()[:8], am.cast('B').nbytes)
h = memoryview(array.array('h', [1, 2, 3, 4]))
print(h[::2].tolist(), h[::2].tobytes(), h[::2].nbytes, bytes(h[::-2]), h[::2].contiguous)
print(memoryview(array.array('d', [1.5, 2.5]))[1], memoryview(array.array('f', [0.5])).tolist())

# cast between byte formats and the others.
c = memoryview(b'\x01\x00\x02\x00').cast('H')
print(c.tolist(), c.format, c.itemsize, len(c), c.cast('B').tolist(), c.cast('c').tolist())
print(memoryview(b'ab').cast('@B').format, memoryview(b'ab').cast('c')[0], memoryview(bytearray(4)).cast('?').tolist())
d = memoryview(bytearray(8)).cast('d')
d[0] = 2.5
print(d.tolist(), d.obj)
s = memoryview(bytearray(4)).cast('h')
s[1] = -3
print(s.tolist(), bytes(s.obj), memoryview(bytearray(4)).cast('i', shape=[1]).shape)
q = memoryview(bytearray(16)).cast('Q')
q[1] = 2**64 - 1
print(q.tolist(), memoryview(bytearray(4)).cast('B').tolist())
b1 = memoryview(bytearray(2))
b1[0] = True
print(b1.tolist())

# Bytes-like everywhere a buffer is taken.
print(int.from_bytes(mv[:2], 'little'), bytes(mv[6:]), bytearray(mv[:2]), b'-'.join([mv[:2], mv[2:4]]))
print(str(memoryview(b'a'), 'ascii'), b'a' + memoryview(b'b'), bytearray(b'a') + memoryview(b'b'))
print(struct.unpack('<HH', memoryview(b'\x01\x00\x02\x00')), struct.unpack_from('<B', mv, 4))
target = bytearray(6)
struct.pack_into('<h', memoryview(target)[2:], 0, -2)
print(target)
print(memoryview(memoryview(b'xyz')).obj, memoryview(b'xyz')[1:].obj, memoryview(object=b'a').tobytes())

# Values are compared item by item, so formats may differ; nan is not equal to itself.
print(memoryview(array.array('i', [1, 2])) == array.array('q', [1, 2]))
print(memoryview(array.array('d', [float('nan')])) == memoryview(array.array('d', [float('nan')])))
print(hash(memoryview(b'abc')) == hash(b'abc'), memoryview(b'abc').toreadonly().readonly)
print(memoryview(bytearray(b'abc')).toreadonly().readonly, memoryview(b'').tolist())
print(mv.tobytes('A'), mv.tobytes(order='F'), memoryview(b'\x00\xff').tolist())
print(sys.getsizeof(memoryview(b'')) <= 184)
