import sys
print(1+2j, 2j, complex(-0.0,-0.0), complex(float('nan'), float('inf')), 1e20j, 1.5e3J)
print(repr(complex(1e16, 1.5)), (-1.0)**0.5, 2**0.5j, 1j**100, 1j**101)
print(hash(complex(1,0))==hash(1), hash(1+2j), hash(-1+0j), hash(1e300j))
for spec in ['', '.2', 'g', '>20', '+', '.2f', ',', ',.2f', '<15', '^16.3e', 'E', 'n', '#g', 'z.1f', '*^30']:
    print(repr(spec), repr(format(1234567.5-2.25j, spec)), repr(format(3j, spec)))
print(f"{1+2j:.3f} {1j!r} {-1j}")
print(complex('1+2j'), complex(' ( 3j ) '), complex(1j, 1j), complex('1_0j'), complex('infj'), complex('-nanj'))
print(complex(), complex(2), complex(2.5), complex(True), complex(imag=2), complex(real=1, imag=3), complex(1, 2.5))
print((1+2j).real, (1+2j).imag, (1+2j).conjugate(), abs(3+4j), abs(1e308+1e308j))
print(1j == 1j, 1j != 1, 1+0j == 1, 1 == 1+0j, 1.0 == 1+0j, complex(2**60,0) == 2**60, complex(2**60,0) == 2**60+1)
print(bool(0j), bool(1j), not 0j, -(1+2j), +(1+2j))
print(isinstance(1j, complex), type(1j), type(1j).__name__, sys.getsizeof(1j))
print((1+2j)/(3-4j), 1/(1+1j), 2.5*(1-1j), (1+1j)-1, 1-(1+1j), (1+1j)**2, 2**(1+1j), (1+1j)**-2)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
for bad in ["complex('1+')", "complex('x')", "complex([])", "complex(1, [])", "complex('1', 2)", "complex(1, '2')", "1j < 2j", "1j // 1", "1j % 2", "divmod(1j, 2)", "int(1j)", "float(1j)", "1j/0", "0j**-1", "(1+1j)**1e300", "pow(1j, 2, 3)", "~1j", "round(1j)", "'%f' % 1j", "'%d' % 1j", "format(1j, '010')", "format(1j, '=10')", "format(1j, 'x')", "format(1j, '%')", "complex(1,2,3)", "complex('1__0j')", "import math; math.sqrt(1j)", "[1]*1j", "1j*[1]", "1j+'a'", "'a'+1j", "complex(10**400)", "1j + 10**400", "{}[1j]"]:
    try:
        r = eval(bad) if 'import' not in bad else exec(bad)
        print(bad, '=>', repr(r))
    except Exception as e:
        print(bad, '=>', type(e).__name__, e)
d = {1: 'a', 1j: 'b', 1+0j: 'c'}
print(d)
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, m + 1, m.real, m.conjugate(), isinstance(m, complex), repr(m), hash(m) == hash(1+2j))
print(complex(m), type(complex(m)))
print(sum([1j, 2, 3.5]), [1j, 2j] == [1j, 2j], 1j in [1j], (-8)**(1/3))
x = 1j
x += 1
x *= 2j
print(x)
import copy, sys, itertools
z = 1+2j
print(copy.copy(z) is z, copy.deepcopy(z) is z, copy.deepcopy([z]))
print(sys.hash_info.imag)
print(list(itertools.islice(itertools.count(1j, 0.5), 3)))
print(object.__format__(1j, ''), '{:>8}'.format(2j), '{0.real}'.format(3+4j))
for v in [1+2j, 3j, 1.5, 2]:
    match v:
        case 1+2j: print('one-two')
        case 3j: print('three-j')
        case complex(): print('complex')
        case _: print('other', v)
print(-0j, 0j, -(0j), 1-0j, (-1)**0.5, 0.0**-1j if False else None)
print(sum([0.5j] * 4), max([1, 2]), sorted([1j, 2j], key=abs))
print(str(1+2j), f"{1e300j*1e300j}", complex("1e400j"), complex("-1e400"), complex(" nan "))
print(1j.__class__, complex.__name__, complex.conjugate(3+4j), (3+4j).__complex__(), (1+2j).__getnewargs__())
print(hash(complex(float('inf'), 0)) == hash(float('inf')), hash(complex(-1, 0)), hash(complex(0, -1)))
print(repr(complex(1e-5, -1e16)), repr(complex(123456789012345678, 0.1)), repr(complex(-0.0, 0)))
print(5 / 2j, 5 - 2j, 5 * 2j, 5 + 2j, 5 ** 2j, 2.5 / (1-1j))
print([round(abs(cm), 3) for cm in (3+4j, -3-4j)])
print(complex(1, 2) == (1, 2), (1+2j) != None, 1j in {1j: 0})
print(isinstance(1j, (int, float)), issubclass(complex, object))
