# repr() escapes exactly the characters str.isprintable() rejects (noncharacters, private
# (Lone surrogates are left out: minipy strings cannot hold them yet.)
# use, format and separator characters...), block by block over the BMP and beyond.
print(repr('\ufffe'), repr('\uffff'), repr('\ufdd0'), repr('\ue000'), repr('\u00ad'), repr('\U000e0001'))
for start in range(0x80, 0x32000, 0x1000):
    codes = [i for i in range(start, start + 0x1000) if not 0xd800 <= i < 0xe000]
    escaped = [c for c in map(chr, codes) if repr(c)[1:-1] != c]
    assert all(not c.isprintable() for c in escaped)
    print(hex(start), len(escaped), escaped[:1] and hex(ord(escaped[0])))
