# base64: the file interface, array input, text streams, and a long round
# trip through every codec.
import array
import base64
import io

data = bytes(range(256)) * 3
out = io.BytesIO()
base64.encode(io.BytesIO(data), out)
lines = out.getvalue().split(b'\n')
print(len(lines), set(len(line) for line in lines))
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data)
text_back = io.BytesIO()
base64.decode(io.StringIO(out.getvalue().decode('ascii')), text_back)
print(text_back.getvalue() == data)


class Trickle:
    # Returns at most 10 bytes per read, as a pipe might.
    def __init__(self, data):
        self.stream = io.BytesIO(data)

    def read(self, n=-1):
        return self.stream.read(min(n, 10) if n >= 0 else 10)


out = io.BytesIO()
base64.encode(Trickle(b'x' * 100), out)
print(out.getvalue())

arr = array.array('B', b'array data')
print(base64.b64encode(arr), base64.b32encode(arr), base64.b85encode(arr),
      base64.encodebytes(arr), base64.b64decode(array.array('B', b'YWJj')))
for bad in (array.array('i', [1, 2]), 1.5):
    try:
        base64.encodebytes(bad)
    except TypeError as e:
        print('TypeError:', e)

for encode, decode in [(base64.b64encode, base64.b64decode),
                       (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                       (base64.b32encode, base64.b32decode),
                       (base64.b32hexencode, base64.b32hexdecode),
                       (base64.b16encode, base64.b16decode),
                       (base64.a85encode, base64.a85decode),
                       (base64.b85encode, base64.b85decode),
                       (base64.encodebytes, base64.decodebytes)]:
    for size in range(0, 12):
        chunk = data[size * 7:size * 8 + 3]
        assert decode(encode(chunk)) == chunk, (encode.__name__, chunk)
    print(encode.__name__, encode(data[:20]))

for text in (b'QUJD\n', b'QU JD', b'Q=UJD', b'QUJD=', b'QUI=x', b'QUI', b'Q===', b'=QUJD'):
    for validate in (False, True):
        try:
            print(text, validate, base64.b64decode(text, validate=validate))
        except ValueError as e:
            print(text, validate, type(e).__module__, type(e).__name__, e)
