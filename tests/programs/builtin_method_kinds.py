# The kinds of callable a builtin type's methods are: slot wrappers, method-wrappers,
# method descriptors, builtin methods and class method descriptors (type names,
# reprs, __objclass__, __get__).
import collections
import re
import types


def show(x):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(x))


class Account:
    pass


samples = [
    int.__add__, (1).__add__, object.__init__, object().__init__, str.join, "a".join,
    list.append, [].append, list.__len__, [].__len__, list.__getitem__,
    [].__getitem__, dict.__getitem__, dict.__contains__, set.__contains__,
    tuple.__getitem__, str.__getitem__, float.__float__, (2.5).__float__,
    dict.fromkeys, int.from_bytes, dict.__dict__["fromkeys"], int.__new__,
    object.__new__, Account.__init__, Account().__init__, Account.__eq__,
    Account().__repr__, Account.__hash__, collections.deque.append,
    collections.deque.__len__, len, print,
]
for s in samples:
    print(f"{type(s).__name__:28} {show(s)}")

print(types.WrapperDescriptorType, types.MethodWrapperType)
print(types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.BuiltinFunctionType, types.BuiltinMethodType)
print(isinstance(int.__add__, types.BuiltinFunctionType),
      isinstance(dict.fromkeys, types.BuiltinMethodType),
      isinstance(dict.fromkeys, types.MethodType))
print(repr(int.__new__) == "<built-in method __new__ of type object at %#x>" % id(int))

print(int.__add__.__objclass__, (1).__add__.__objclass__, str.join.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__, (3).__add__.__self__)
print(str.join.__get__("-")(["a", "b"]), int.__add__.__get__(4)(5))
print(int.__add__.__get__(None, int) is int.__add__)
print(show(str.join.__get__), show(int.__add__.__get__))
try:
    str.join.__get__(5)
except TypeError as e:
    print(e)
print(dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
print(int.__add__(1, 2), (1).__add__(2), str.join("+", "xyz"))

for t in (types.WrapperDescriptorType, types.MethodWrapperType,
          types.MethodDescriptorType, types.ClassMethodDescriptorType):
    try:
        t()
    except TypeError as e:
        print(e)
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(e)
