"""Stream adapters built on the io base classes: an upper-casing text stream, a
counting raw reader wrapped in a BufferedReader, and a Windows-1252 decoder."""
import io


class UpperWriter(io.TextIOBase):
    """Writes upper-cased text to another text stream."""

    def __init__(self, target):
        self.target = target
        self.written = 0

    def writable(self):
        return True

    def write(self, s):
        self.written += len(s)
        return self.target.write(s.upper())


class CountingReader(io.RawIOBase):
    """A raw stream over bytes that counts the read calls it serves."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, buf):
        self.calls += 1
        chunk = self.data[self.pos:self.pos + min(len(buf), 7)]
        buf[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


sink = io.StringIO()
w = UpperWriter(sink)
print("hello", "adapters", file=w)
w.writelines(["one\n", "two\n"])
print(repr(sink.getvalue()), w.written, w.closed, isinstance(w, io.IOBase))
with w:
    pass
print(w.closed)

raw = CountingReader(b"line one\nline two\nthe third line\n")
buffered = io.BufferedReader(raw, buffer_size=16)
print(buffered.readline(), buffered.read(5), list(buffered), raw.calls)
text = io.TextIOWrapper(io.BufferedReader(CountingReader("café – “quoted”\n".encode("cp1252"))), encoding="cp1252")
print(text.read())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
