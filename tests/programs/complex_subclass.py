# Subclasses of complex, __complex__ protocol, and complex() argument handling.
class MyComplex(complex):
    def double(self):
        return self * 2
    def __repr__(self):
        return 'MyComplex' + complex.__repr__(self)

m = MyComplex(1, -2)
print(m, repr(m), m.double(), type(m.double()).__name__, m.real, m.imag, m.conjugate())
print(isinstance(m, complex), type(m) is complex, complex(m), type(complex(m)).__name__, m == 1-2j, hash(m) == hash(1-2j))
print(m + 1, 1 + m, m * m, m / 2, -m, abs(MyComplex(3, 4)), bool(MyComplex(0, 0)))
print(MyComplex('2+3j'), MyComplex(imag=5), MyComplex(1j, 1j))

class WithComplex:
    def __init__(self, z):
        self.z = z
    def __complex__(self):
        return self.z

class WithFloat:
    def __float__(self):
        return 1.25

class WithIndex:
    def __index__(self):
        return 42

print(complex(WithComplex(1+1j)), complex(WithComplex(2j), 1), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(1+1j, 1+1j), complex(2, 3j), complex(2j, 3))
import cmath
print(cmath.sqrt(WithComplex(-4)) if False else cmath.sqrt(WithComplex(-4+0j)), cmath.exp(WithFloat()), cmath.phase(WithIndex()))
for bad in [lambda: complex(WithComplex(1.5)), lambda: complex(object()), lambda: complex(1, object()),
            lambda: complex('1', imag=2), lambda: complex(1, real=2), lambda: complex(foo=1),
            lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.log(1, 2, 3),
            lambda: cmath.rect(1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, rel_tol=-1),
            lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
            lambda: cmath.cosh(1000+1j), lambda: cmath.polar(complex(1e308, 1e308) * 2),
            lambda: cmath.sqrt(10**400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.log(0, 2), cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9),
      cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(complex('nan'), complex('nan')), cmath.isclose(a=1, b=1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.polar(1j), cmath.polar(-1), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0.0), cmath.rect(1, -0.0))
print(cmath.isfinite(1+1j), cmath.isinf(complex('inf')), cmath.isnan(cmath.nanj), cmath.isfinite(2))
import cmath, math
for f in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(x=1), lambda: cmath.log(), lambda: cmath.log(1,2,3), lambda: cmath.log(x=1), lambda: cmath.phase(), lambda: cmath.polar(1, 2), lambda: cmath.isnan(), lambda: cmath.isclose(), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, foo=3), lambda: cmath.rect(1, 2, 3), lambda: cmath.rect(r=1, phi=2), lambda: cmath.phase('a'), lambda: cmath.rect('a', 1), lambda: cmath.isinf(None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
