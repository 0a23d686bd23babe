import sys
v = sys.version_info
print(v[:2] >= (3, 11), v >= (3, 0), v.major, v.minor, v.releaselevel, v.serial, len(v), v[0], v[-1])
print(repr(v).split("(")[0], isinstance(v, tuple), type(v).__name__, type(v).__module__)
major, minor, *_ = v
print(major, minor, tuple(v)[3:], v.n_fields)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
print(sys.version.startswith("3.11"), sys.maxsize == 2**63 - 1)
