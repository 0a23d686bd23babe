# bytearray mutation: items, slices, deletion, list-like methods, in-place operators.
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[1:3] = b''
print(ba)
ba[1:1] = [105, 106]
print(ba)
ba[:] = bytearray(b'abcdef')
print(ba)
ba[::2] = b'XYZ'
print(ba)
ba[::-2] = [49, 50, 51]
print(ba)
ba[4:2] = b'--'
print(ba)
ba[10:] = b'end'
print(ba)
ba[::3] = b''
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba, len(ba))
ba = bytearray(b'abc')
ba[0:2] = ba
print(ba)
ba.append(100)
ba.extend(b'ef')
ba.extend([103, 104])
ba.extend(bytearray(b'i'))
ba.extend(x for x in b'jk')
print(ba)
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
ba.insert(-100, 51)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('a'))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, c is ba)
ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba += bytearray(b'e')
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias)
nums = bytearray(range(10))
print(sum(nums), nums[3:7], list(nums[::3]))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
b = bytearray(b'ab')
attempt(lambda: setitem(b, 0, 256))
attempt(lambda: setitem(b, 0, -1))
attempt(lambda: setitem(b, 0, 'x'))
attempt(lambda: setitem(b, 0, b'x'))
attempt(lambda: setitem(b, 5, 1))
attempt(lambda: setitem(b, 'k', 1))
attempt(lambda: setitem(b, slice(None, None, 2), b'xy'))
attempt(lambda: setitem(b, slice(0, 1), 5))
attempt(lambda: setitem(b, slice(0, 1), 'x'))
attempt(lambda: setitem(b, slice(0, 1), [300]))
attempt(lambda: setitem(b'ab', 0, 1))
attempt(lambda: delitem(b, 9))
attempt(lambda: delitem(b'ab', 0))
attempt(lambda: b.pop(7))
attempt(lambda: bytearray().pop())
attempt(lambda: b.remove(122))
attempt(lambda: b.append(256))
attempt(lambda: b.append('a'))
attempt(lambda: b.extend(5))
attempt(lambda: b.extend('ab'))
attempt(lambda: b.extend([1, 'a']))
attempt(lambda: b.insert(0, 999))
attempt(lambda: b.append())
attempt(lambda: hash(b))
print(b)
