# The data descriptors in builtin types' namespaces: getset descriptors
# (int.real, type.__name__) and member descriptors (slice.start, property.fget).
import inspect
import types

for owner, name in [(int, "real"), (int, "imag"), (int, "numerator"), (int, "denominator"),
                    (float, "real"), (float, "imag"), (complex, "real"), (complex, "imag"),
                    (slice, "start"), (slice, "stop"), (slice, "step"),
                    (range, "start"), (range, "stop"), (range, "step"),
                    (property, "fget"), (property, "fset"), (property, "fdel"),
                    (staticmethod, "__func__"), (classmethod, "__wrapped__"),
                    (type, "__name__"), (type, "__qualname__"), (type, "__bases__"),
                    (type, "__mro__"), (type, "__base__")]:
    d = owner.__dict__[name]
    print(f"{owner.__name__}.{name}", type(d).__name__, repr(d), d.__name__, d.__qualname__,
          d.__objclass__ is owner, repr(d.__doc__))

print(int.real is int.__dict__["real"], float.__dict__["real"])
print(int.real.__get__(5), int.numerator.__get__(True), float.imag.__get__(2.5))
print(complex.imag.__get__(3 + 4j), slice.step.__get__(slice(1, 2, 3)), range.stop.__get__(range(7)))
print(property.fget.__get__(property(len)) is len, type.__dict__["__name__"].__get__(dict))
print(type.__dict__["__mro__"].__get__(bool), type.__dict__["__base__"].__get__(bool))
print(int.real.__get__(None, int) is int.real)


class MyInt(int):
    pass


class MyProp(property):
    pass


print(MyInt(9).real, MyInt(9).denominator, type(MyInt(9).real).__name__, MyProp(abs).fget)
print(inspect.isgetsetdescriptor(int.real), inspect.ismemberdescriptor(slice.start))
print(inspect.isdatadescriptor(int.real), inspect.isdatadescriptor(slice.start))
print(types.GetSetDescriptorType is type(int.real), types.MemberDescriptorType is type(slice.start))

for attempt in (lambda: int.real.__get__("text"), lambda: slice.start.__get__(5),
                lambda: int.real.__get__(None)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
for attempt in (lambda: int.real.__set__(5, 1), lambda: setattr(5, "real", 1),
                lambda: setattr(2.0, "imag", 1), lambda: int.denominator.__delete__(3),
                lambda: slice.start.__set__(slice(1), 2), lambda: setattr(slice(1), "stop", 3)):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)
print(sorted(k for k, v in vars(int).items() if type(v).__name__ == "getset_descriptor"))
print(sorted(k for k, v in vars(slice).items() if type(v).__name__ == "member_descriptor"))
