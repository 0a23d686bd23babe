# Code-point indexing and slicing, including non-ASCII text.
s = "héllo wörld 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[3:8], s[::-1], s[::2], s[-3:], s[:-3])
print(s[100:], s[-100:3], s[5:2], s[5:2:-1], s[::-3], s[1::4], repr(s[0:0]))
for i in range(-len(s), len(s)):
    assert s[i] == list(s)[i]
print([c for c in "añ€😀"], list(reversed("añ€😀")), "añ€😀".index("😀"), "añ€😀".find("€"))
t = "0123456789"
print(t[2:8:2], t[8:2:-2], t[::-1][::-1] == t, t[-1:-11:-1], t[slice(1, 9, 3)], t[slice(None)])
print(t[3:], t[:3], t[-3:-1], t[:-100], t[100:200], t[::10], t[::-10], t[-100::])
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
try:
    t[::0]
except ValueError as e:
    print("ValueError", e)
try:
    t["1"]
except TypeError as e:
    print("TypeError", e)
try:
    t[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = "x"
except TypeError as e:
    print("TypeError", e)
print(t[True], t[False:True], "abc" * 3, 3 * "ab", "x" * 0, "x" * -1, "a" + "b")
print("é" < "z", "Z" < "a", "abc" < "abcd", max("héllo"), min("héllo"), sorted("bça"))
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(233), chr(0x10FFFF) == "\U0010ffff")
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
print("".join(reversed("añb")), "abc".__len__(), "abc".__getitem__(1), "a" in "abc", "ac" in "abc")
u = "ab\u0301c"
print(len(u), u[2] == "\u0301", repr(u))
print(str(), str(5), str(-2.5), str([1, "a"]), str(None), str("x"), repr(str))
it = iter("héllo")
print(next(it), next(it), list(it))
print(hash("abc") == hash("ab" + "c"), "abc" == "abc", "abc" != "abd", "a" * 1000 == "a" * 1000)
