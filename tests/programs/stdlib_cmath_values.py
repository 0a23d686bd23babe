import cmath
# deterministic pseudo-random values (LCG), spread over many magnitudes
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state / (1 << 64)
vals = []
for i in range(400):
    e = int(rnd() * 40) - 20
    if i % 50 == 0: e = int(rnd() * 600) - 300
    re = (rnd() * 2 - 1) * 10.0 ** e
    im = (rnd() * 2 - 1) * 10.0 ** (e + int(rnd() * 6) - 3)
    vals.append(complex(re, im))
vals += [complex(1, 0), complex(-1, 0), complex(1, 1e-300), complex(1, -1e-320), complex(1e-310, 1e-315), complex(0.8, 0.6), complex(1e308, 1e308), complex(-1e308, 5), complex(800, 1), complex(-800, 1), complex(0.5, 1e200), complex(1e-320, 0), complex(0, 1), complex(0, -1)]
names = ['sqrt','exp','log','log10','acos','asin','atan','cos','sin','tan','acosh','asinh','atanh','cosh','sinh','tanh','phase','polar']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in vals:
        try:
            r = f(z)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
for z in vals[:100]:
    for b in [2, 10, 1j + 3, 0.5]:
        try: print(cmath.log(z, b), end=' ')
        except Exception as e: print(type(e).__name__, end=' ')
print()
for z in vals[:60]:
    for w in vals[100:130]:
        try: print(z ** w, end=' ')
        except Exception as e: print(type(e).__name__, end=' ')
        print(z / w, z * w, end=' ')
    for n in [-3, -1, 0, 1, 2, 5, 17, 100, 101, 0.5, -2.5]:
        try: print(z ** n, end=' ')
        except Exception as e: print(type(e).__name__, end=' ')
    print(abs(z), hash(z))
print()
for z in vals[:100]:
    print(cmath.rect(z.real, z.imag), end=' ')
print()
