import pickle
import io


def t(f):
    try:
        r = f()
        print('OK', r)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


class A:
    pass


def outer():
    def inner():
        pass
    return inner


print(pickle.PickleError.__mro__[1:], issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError))
t(lambda: pickle.dumps(outer()))
t(lambda: pickle.dumps((x for x in [])))
t(lambda: pickle.dumps(1, 6))
t(lambda: pickle.dumps(1, -1))
t(lambda: pickle.loads(b''))
t(lambda: pickle.loads(b'\xff'))
t(lambda: pickle.loads(b'z'))
t(lambda: pickle.loads(b'\x80\x09N.'))
t(lambda: pickle.loads(b'K'))
t(lambda: pickle.loads(b'X\x05\x00\x00\x00ab'))
t(lambda: pickle.loads(b'h\x05.'))
t(lambda: pickle.loads(b'N'))
t(lambda: pickle.loads(b'.'))
t(lambda: pickle.loads(b'a.'))
t(lambda: pickle.loads(b'(.'))
t(lambda: pickle.loads(b'NN.'))
t(lambda: pickle.loads(b'I12x\n.'))
t(lambda: pickle.loads(b'cnomodule_x\nNope\n.'))
t(lambda: pickle.loads('abc'))
t(lambda: pickle.Pickler(5))
t(lambda: pickle.dumps(1, buffer_callback=print))
t(lambda: pickle.loads(b'\x80\x05\x97.'))
t(lambda: pickle.loads(b'N.extra'))
t(lambda: pickle.loads(b"S'abc\\n\\x41'\n."))
t(lambda: pickle.loads(b"U\x03abc.", encoding='bytes'))
t(lambda: pickle.loads(b"U\x03abc.", encoding='latin1'))
t(lambda: pickle.loads(b"T\x02\x00\x00\x00\xe9a.", encoding='latin1'))
t(lambda: pickle.loads(b"c__builtin__\nxrange\n(I1\nI4\ntR."))
t(lambda: pickle.loads(b"c__builtin__\nset\n((lI1\nI2\natR."))
t(lambda: type(pickle.loads(b"(i__main__\nA\n.")))
t(lambda: type(pickle.loads(b"(c__main__\nA\no.")))
t(lambda: pickle.loads(b"(I1\nI2\nd."))
t(lambda: pickle.loads(b"(I1\nI2\nl."))
t(lambda: pickle.loads(b"I7\n2t."))
t(lambda: pickle.loads(b"(I1\n1N."))
t(lambda: pickle.loads(b"Vcaf\\u00e9 \\U0001f600\n."))
t(lambda: pickle.loads(b'F1.25\n.'))
t(lambda: pickle.loads(b'L123L\n.'))
t(lambda: pickle.loads(b'\x8b\x02\x00\x00\x00\x00\x80.'))
t(lambda: pickle.loads(b'\x80\x02\x8a\x00.'))


class R:
    def __reduce__(self):
        return 5


class R2:
    def __reduce__(self):
        return (A,)


class R3:
    def __reduce__(self):
        return (5, ())


class R4:
    def __reduce__(self):
        return (A, 5)


class S:
    __slots__ = ('a',)


t(lambda: pickle.dumps(R()))
t(lambda: pickle.dumps(R2()))
t(lambda: pickle.dumps(R3()))
t(lambda: pickle.dumps(R4()))
t(lambda: pickle.dumps(S(), 1))
t(lambda: pickle.dumps(S(), 2))
t(lambda: pickle.dumps(A, 0))


class Local:
    pass


Local.__qualname__ = 'Missing'
t(lambda: pickle.dumps(Local))
try:
    pickle.dumps(lambda: 1)
except Exception as e:
    print(type(e).__name__)
try:
    pickle.dumps(open(__file__))
except TypeError as e:
    print(e)
f = io.BytesIO(b'\x80\x04K\x01.\x80\x04K\x02.')
print(pickle.load(f), f.tell(), pickle.load(f), f.tell())
print(pickle.loads(bytearray(b'K\x07.')))
