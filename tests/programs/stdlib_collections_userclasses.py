import copy
from collections.abc import MutableMapping, MutableSequence, Sequence
from collections import UserDict, UserList, UserString

class Defaults(UserDict):
    def __missing__(self, key):
        return "default-" + str(key)

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = UserDict({"a": 1}, b=2)
print(d, len(d), d["a"], "b" in d, list(d), d.get("z"), d.get("a"))
d["c"] = 3
del d["a"]
print(d, d.pop("b"), d, d.setdefault("q", 9), d)
print(isinstance(d, MutableMapping), isinstance(d, dict))
print(d == {"c": 3, "q": 9}, d == UserDict(c=3, q=9), d != {"c": 3})
print(d | {"z": 0}, {"z": 0} | d, type(d | {"z": 0}).__name__, type({"z": 0} | d).__name__)
d |= {"n": 5}
print(d, sorted(d.items()), list(d.keys()), list(d.values()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
m = Defaults(x=1)
print(m["x"], m["y"], m.get("y"), "y" in m)
l = Lower({"HeLLo": 1})
l.update(WORLD=2)
print(l, type(l.copy()).__name__, l.copy())
c = copy.copy(l)
c["extra"] = 1
print(l, c)
print(UserDict.fromkeys("abc", 0), Lower.fromkeys(["X", "Y"]))
print(d.popitem(), d)
d.clear()
print(d, bool(d), bool(UserDict(a=1)))

ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[1:], type(ul[1:]).__name__)
ul.append(5)
ul.extend(UserList([7]))
ul.insert(0, 0)
print(ul, ul.pop(), ul.pop(0), ul, ul.count(1), ul.index(2))
ul.sort(reverse=True)
print(ul, ul + [9], [9] + ul, ul + UserList([8]), ul * 2, 2 * ul)
ul += (4, 4)
ul *= 1
print(ul, 4 in ul, ul == [5, 3, 2, 1, 4, 4], ul < [6], ul > UserList([5]))
ul.remove(4)
ul.reverse()
ul[0] = 100
del ul[1]
print(ul, isinstance(ul, MutableSequence), ul.copy(), type(ul.copy()).__name__, copy.copy(ul))
print(list(reversed(ul)), sorted(ul), UserList("abc"), UserList(), UserList(UserList([1])))
ul.clear()
print(ul)

s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[::-1], type(s[0]).__name__, isinstance(s, Sequence))
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.split(), s.rsplit("o", 1), s.partition(" "), s.rpartition("o"), s.splitlines())
print(s.find("o"), s.rfind("o"), s.find(UserString("W")), s.index("W"), s.rindex("l"), s.count("l"), s.count(UserString("o")))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.replace("l", "L", 2), s.replace(UserString("World"), UserString("There")))
print(s.center(17, "*"), s.ljust(13, "."), s.rjust(13), s.zfill(14), UserString("  x  ").strip(), UserString("xxhixx").strip("x"))
print(s + "!", "> " + s, s + UserString("?"), s * 2, 2 * UserString("ab"), s + 5)
print(UserString("%s=%d") % ("n", 3), "W" in s, UserString("W") in s, s == "Hello World", s < "Z", s >= UserString("Hello"))
print(s.join(["a", "b"]), UserString("{0}-{x}").format(1, x=2), s.encode(), s.isalpha(), UserString("123").isdigit(), int(UserString("42")) + 1, float(UserString("2.5")))
print(hash(s) == hash("Hello World"), {s: 1}["Hello World"], s.removeprefix("Hello "), s.removesuffix(UserString(" World")))
print(UserString(123), UserString(UserString("x")), s.expandtabs(), UserString("a\tb").expandtabs(4), s.translate(str.maketrans("lo", "01")))
print(sorted([UserString("b"), UserString("a")]), max(UserString("abc")), list(UserString("xy")))
