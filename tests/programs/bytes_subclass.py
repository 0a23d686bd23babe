# Methods of bytes and bytearray work on instances of their subclasses.
class Tag(bytes):
    def shout(self):
        return self.upper() + b'!'
t = Tag(b'hey')
print(t.shout(), type(t).__name__, isinstance(t, bytes), isinstance(t, Tag))
print(t.split(b'e'), t.decode(), type(t.upper()).__name__, t.find(b'y'), t.hex(), t.startswith(b'he'))
class Buf(bytearray):
    def total(self):
        return sum(self.copy())
u = Buf(b'\x01\x02')
u.append(3)
u.extend(b'\x04')
print(u.total(), type(u).__name__, u.pop(), u.total(), u.hex(':'))
print(bytes(t), bytearray(t), b'-'.join([t, t]), bytes(u), b'x' + u)
class WithNew(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode())
w = WithNew('made')
print(type(w).__name__, w.decode(), w.title())
print(type(Tag.fromhex('41')).__name__, Tag.fromhex('41').decode())
