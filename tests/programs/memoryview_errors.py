# memoryview's errors: bad keys and values, read-only memory, released views, casts,
# hashing, and the exporters that refuse to resize while a view looks at them.
import array


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "->", r if not isinstance(r, memoryview) else r.tolist())


mv = memoryview(b'abcdef')
w = memoryview(bytearray(4))
attempt("index", lambda: mv[20])
attempt("negative", lambda: mv[-7])
attempt("huge", lambda: mv[2**70])
attempt("str key", lambda: mv['a'])
attempt("float key", lambda: mv[1.5])
attempt("ellipsis", lambda: mv[...])
attempt("tuple", lambda: mv[0,])
attempt("tuple slice", lambda: mv[0:1, ])
attempt("no args", lambda: mv.__getitem__())
attempt("zero step", lambda: mv[0:1:0])
attempt("read-only", lambda: mv.__setitem__(0, 1))
attempt("delete", lambda: w.__delitem__(0))
attempt("too big", lambda: w.__setitem__(0, 300))
attempt("wrong type", lambda: w.__setitem__(0, 'a'))
attempt("structure", lambda: w.__setitem__(slice(0, 2), b'abc'))
attempt("list source", lambda: w.__setitem__(slice(0, 2), [1, 2]))
attempt("format H", lambda: w.cast('H').__setitem__(slice(0, 2), b'abcd'))
attempt("negative H", lambda: w.cast('H').__setitem__(0, -1))
attempt("float to h", lambda: w.cast('h').__setitem__(0, 1.0))
attempt("str to f", lambda: w.cast('f').__setitem__(0, 'x'))
attempt("two chars", lambda: w.cast('c').__setitem__(0, b'ab'))
attempt("int to c", lambda: w.cast('c').__setitem__(0, 1))
attempt("not bytes-like", lambda: memoryview('abc'))
attempt("object", lambda: memoryview(object()))
attempt("two args", lambda: memoryview(b'a', b'b'))
attempt("no args", lambda: memoryview())
attempt("odd length", lambda: memoryview(bytearray(3)).cast('H'))
attempt("bad format", lambda: memoryview(b'abcd').cast('z'))
attempt("equals format", lambda: memoryview(b'ab').cast('=B'))
attempt("non-byte", lambda: memoryview(b'abcd').cast('H').cast('h'))
attempt("strided", lambda: mv[::2].cast('B'))
attempt("shape", lambda: memoryview(bytearray(4)).cast('i', shape=[2]))
attempt("bytes format", lambda: memoryview(bytearray(4)).cast(b'B'))
attempt("no format", lambda: memoryview(bytearray(4)).cast())
attempt("order", lambda: mv.tobytes('X'))
attempt("hash writable", lambda: hash(w))
attempt("hash H", lambda: hash(memoryview(b'ab').cast('H')))
attempt("less", lambda: memoryview(b'ab') < memoryview(b'ab'))
attempt("count", lambda: mv.count(1))
attempt("wchar", lambda: memoryview(array.array('u', 'ab')).format)
attempt("wchar list", lambda: memoryview(array.array('u', 'ab')).tolist())

ba = bytearray(b'abcdef')
m = memoryview(ba)
m2 = m[1:5]
attempt("append", lambda: ba.append(1))
attempt("extend", lambda: ba.extend(b'xy'))
attempt("pop", lambda: ba.pop())
attempt("del", lambda: ba.__delitem__(0))
attempt("grow slice", lambda: ba.__setitem__(slice(0, 1), b'xy'))
attempt("same size", lambda: ba.__setitem__(slice(0, 2), b'xy'))


def iadd(extra):
    global ba
    ba += extra
    return ba


attempt("iadd empty", lambda: iadd(b''))
attempt("iadd", lambda: iadd(b'z'))
attempt("clear", lambda: ba.clear())
m.release()
attempt("one view left", lambda: ba.append(1))
m2.release()
ba.append(33)
print(ba)
attempt("released item", lambda: m[0])
attempt("released len", lambda: len(m))
attempt("released obj", lambda: m.obj)
attempt("released tobytes", lambda: m.tobytes())
print(repr(m).startswith('<released memory at 0x'), m == m, m == memoryview(b'abcdef'))
m.release()

with memoryview(b'abc') as v:
    print(v[1], v.tobytes())
attempt("after with", lambda: v.tolist())
arr = array.array('i', [1, 2])
av = memoryview(arr)
attempt("array append", lambda: arr.append(3))
attempt("array set", lambda: arr.__setitem__(0, 7))
del av
arr.append(3)
print(arr)
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError:", e)
