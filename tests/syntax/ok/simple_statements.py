pass
x = 1
a = b = c = 2
x += 1; y -= 2; z *= 3
w /= 4
w //= 5
w %= 6
w **= 2
w @= m
w &= 1
w |= 2
w ^= 3
w <<= 1
w >>= 2
del x
del a, b
del (c), [d, e]
del x[0], y.z
assert x
assert x, "message"
global g1, g2
nonlocal_ = 1
raise
raise ValueError
raise ValueError("x") from None
return_value = None
x; y; z;
