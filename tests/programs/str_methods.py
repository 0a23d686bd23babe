# The common str methods, with their edge cases.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(s.lower(), s.upper(), s.swapcase(), "hello world".title(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"), "a\tb\nc d".split(), "a  b  c".split(None, 1), "1 2 3".rsplit(None, 1))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "x".join(("1", "2")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".rindex("l"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
print("hello".find("l", 3), "hello".find("l", -2), "hello".find("", 10), "hello".find("", 5), "hello".count("l", 0, 3))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")), "hello".endswith("l", 0, 4), "hello".startswith("", 5))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdecimal(), " \t".isspace(), "".isspace(), "Abc".istitle(), "abc".islower(), "ABC".isupper(), "a_1".isidentifier(), "1a".isidentifier())
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "ab".center(5))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "x\ty".expandtabs(0))
print("Hello".casefold(), "ABC".lower().upper(), "hello world".split(" ")[::-1], "mississippi".split("ss"))
print("a\nb\r\nc".splitlines(), "abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("tEsT".swapcase(), "hello"[1:].upper(), "123abc".lstrip("0123456789"), "www.example.com".rstrip("mo.c"))
print(str.lower("ABC"), str.join(",", ["a", "b"]), "{0}{1}{0}".format("a", "b"), "x".__add__("y"))
print("%s" % "x", "abc".encode() if False else "", "ab".isascii(), "é".isascii(), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal())
table = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(table), str.maketrans({"a": "1"}) == {97: "1"}, "hello".translate({ord("l"): None}))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".startswith(1)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".replace(1, 2)
except TypeError as e:
    print("TypeError", e)
print("ǆ".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "straße".casefold())
print(" x ".strip() or "empty", "".strip() or "empty", "abc".find("c", -1), "abc"[-1:].isalpha())
