# printf-style formatting of bytes (PEP 461).
print(b'%s and %b' % (b'one', bytearray(b'two')))
print(b'%d items at %5.2f each, %x %X %o %#x %+d %05d' % (3, 1.5, 255, 255, 8, 255, 7, 42))
print(b'%c%c%c' % (104, b'i', bytearray(b'!')), b'%r %a' % ('t\xe9xt', b'raw'))
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 30})
print(b'%-6s|%6s|%.2s' % (b'ab', b'cd', b'efgh'), b'100%%' % (), b'%s' % b'single')
print(bytearray(b'<%s>') % b'x', type(bytearray(b'%d') % 1).__name__)
print(b'\xff%s\x00' % b'\xfe', b'%*d|%-*d' % (4, 1, 3, 2), b'%.3e %g %G' % (12345.678, 0.00001, 1e20))
class B:
    def __bytes__(self):
        return b'custom'
print(b'%s' % B(), b'%s' % (B(),))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: b'%s' % 'text')
attempt(lambda: b'%s' % 5)
attempt(lambda: b'%d' % b'x')
attempt(lambda: b'%c' % 256)
attempt(lambda: b'%c' % 'x')
attempt(lambda: b'%c' % b'xy')
attempt(lambda: b'%s %s' % b'a')
attempt(lambda: b'%s' % (b'a', b'b'))
attempt(lambda: b'%z' % 1)
attempt(lambda: b'%(k)s' % b'a')
attempt(lambda: b'%(k)s' % {b'j': 1})
attempt(lambda: b'%x' % 1.5)
