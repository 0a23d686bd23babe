# Interned strings: string constants that look like identifiers ("hello", "user_id")
# are interned when code is compiled: every occurrence in the program is the same
# object. Strings built while the program runs are new objects, unless sys.intern()
# is asked for the shared copy.
#
# Run: minipy examples/interned_strings.py
import sys


def show(label, x, y):
    print(f"{label:<44} x == y: {x == y!s:<5}  x is y: {x is y}")


# 1. Identifier-like constants are one object, wherever they appear.
print("== identifier-like constants are interned")
a = "hello"
b = "hello"
show('a = "hello"; b = "hello"', a, b)


def greeting():
    return "hello"


show('"hello" in a function and at top level', greeting(), a)

# Names are interned too: attribute names and dict keys written in the program are
# the very strings used as the keys of namespaces.
class Point:
    def __init__(self):
        self.colour = "red"


key = list(vars(Point()))[0]
show('instance attribute name and "colour"', key, "colour")

# 2. Constants that are not identifier-like are not interned, but the compiler stores
#    each distinct constant of a file once, so two occurrences are still one object.
print()
print("== other constants are shared within a compiled file")
c = "hello world"
d = "hello world"
show('"hello world" twice in the same file', c, d)

# 3. Strings built at run time are new objects, even when equal to a constant.
print()
print("== strings built at run time are distinct")
built = "".join(["hel", "lo"])
show('"".join(["hel", "lo"]) and "hello"', built, a)
prefix = "hel"
concatenated = prefix + "lo"
show('prefix + "lo" and "hello"', concatenated, a)
repeated = "ab" * int("3")
again = "ab" * int("3")
show('"ab" * 3 computed twice', repeated, again)
# Written as one constant expression, the compiler folds it: one constant.
show('"hel" + "lo" (folded) and "hello"', "hel" + "lo", a)

# 4. sys.intern returns the shared copy: the interned string if there is one,
#    otherwise it interns the string it was given.
print()
print("== sys.intern")
show('sys.intern("".join(...)) and "hello"', sys.intern(built), a)
first = sys.intern("".join(["run", "time", " key"]))
second = sys.intern("".join(["run", "time", " key"]))
show("two run-time strings, both interned", first, second)

# Why intern? Comparing interned strings by identity is one pointer comparison, and
# a program holding many equal strings keeps one copy instead of many.
words = ["".join(["sta", "tus"]) for _ in range(1000)]
print("distinct objects among 1000 built strings:", len({id(w) for w in words}))
words = [sys.intern(w) for w in words]
print("after sys.intern:", len({id(w) for w in words}))
