# the string module
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.capwords("hello   world  of python"), string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c", "-"), string.capwords("ÉCOLE élève"), string.capwords(""))
print(string.capwords("mIxEd CaSe wORDS"), repr(string.capwords("one\ttwo\nthree")))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(sorted(set(string.hexdigits.lower())) == sorted(set(string.digits + "abcdef")))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (test)".translate(table))
print("".join(c for c in "a1b2c3" if c in string.digits), string.ascii_lowercase.index("q"))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError", e)
