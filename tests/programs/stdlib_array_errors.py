# array.array: CPython's errors for bad typecodes, items, indices and operands.
from array import array

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)

for tc in "bBuhHiIlLqQfd":
    for v in [2**100, -2**100, 2**64, 2**63, -2**63 - 1, 2**32, 2**31, -2**31 - 1,
              65536, -32769, 32768, 256, -129, 128, -1, 1.5, "a", "ab", None]:
        print(tc, repr(v)[:12], end=" ")
        attempt(array, tc, [v])

attempt(array, 'z')
attempt(array, 'ii')
attempt(array, 5)
attempt(array)
attempt(array, 'i', [], 3)
attempt(lambda: array('i', x=3))
attempt(array, 'i', 5)
attempt(array, 'i', 'abc')
attempt(array, 'u', [1])
attempt(array, 'i', array('u', 'ab'))
attempt(array, 'i', b'abc')
attempt(array, 'd', [1, 'x', 3])
attempt(array, 'f', [2**1100])

a = array('i', [1, 2, 3])
attempt(lambda: a['x'])
attempt(lambda: a[5])
attempt(lambda: a[-4])
attempt(lambda: a[2**100])
attempt(a.pop, 7)
attempt(array('i').pop)
attempt(a.pop, 1, 2)
attempt(a.remove, 9)
attempt(a.index, 9)
attempt(a.index, 1, 'x')
attempt(a.index, 3, 0, 2)
attempt(a.insert, 'x', 1)
attempt(a.insert, 1)
attempt(lambda: a + [1])
attempt(lambda: a + array('h'))
attempt(lambda: a * 'x')
attempt(lambda: 'x' * a)
attempt(lambda: [1] * a)
attempt(lambda: a * 1.5)
attempt(lambda: a < [1])
attempt(lambda: a - a)
attempt(a.extend, array('h'))
attempt(a.extend, 5)
attempt(a.extend, [4, 'x', 6])
print(a)
attempt(a.frombytes, 'x')
attempt(a.frombytes, b'abc')
attempt(a.fromlist, (1,))
attempt(a.fromlist, [7, 'x'])
print(a)
attempt(a.fromunicode, 'x')
attempt(array('u').fromunicode, 5)
attempt(a.tounicode)
attempt(hash, a)
attempt(a.__setitem__, slice(0, 2), [1])
attempt(a.__setitem__, slice(0, 2), array('h'))
attempt(a.__setitem__, slice(0, 3, 2), array('i', [1]))
attempt(a.__setitem__, 9, 1)
attempt(a.__setitem__, 0, 'x')
attempt(a.__setitem__, 'x', 1)
attempt(a.__delitem__, 9)
attempt(a.byteswap, 1)
attempt(a.append)
attempt(a.count)
attempt(a.tobytes, 1)
def iadd():
    b = array('i', [1]); b += [2]
attempt(iadd)
def imul():
    b = array('i', [1]); b *= 'x'
attempt(imul)
attempt(lambda: array('b', [0]) * 10**18)
attempt(lambda: array('b', [0]) * 10**30)
attempt(lambda: array('d', [1.0]) * (2**62))
b = array('b', [1]); attempt(b.__imul__, 10**18); print(b)
