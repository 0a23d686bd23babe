# CPython's compile-time SyntaxWarnings: 'is' with a literal, an always-true assert,
# calling or subscripting a literal ("perhaps you missed a comma?"); as errors under
# an 'error' filter they are SyntaxErrors
import warnings
x = 1
items = [1, 2, 3]
def f():
    if x is 1:
        pass
    return x is not "a" or x is None or None is x or x is ... or x is True
print(f(), x is -1, x is (1, 2), x is (x, 2), () is x, 1 is 1 is x, x is b"", x is 2.5, x is 1j)
assert (x, "message")
assert ()
try:
    print([(1, 2) (3, 4)])
except TypeError as e:
    print(e)
try:
    print([[1, 2] [0, 1]])
except TypeError as e:
    print(e)
try:
    print(["a" "b"] [x])
    print("abc"["x"] if False else 0, "abc"[1], (1, 2)[0], "abc"[1:], [1][True], f"x{x}"[0])
    print(None[0] if False else 1, 5[0] if False else 2, {1}[0] if False else 3, (lambda: 0)[0] if False else 4)
    print((i for i in [])[0] if False else 5, [i for i in []]["k"] if False else 6, (1, x)["a"] if False else 7)
    print(1(2) if False else 8, "s"() if False else 9, None() if False else 10, f"{x}"() if False else 11, {}() if False else 12)
    print((lambda: 3)(), [x for x in []]() if False else 13, (x for x in [])() if False else 14, {x: 1 for x in []}() if False else 15)
    print((1 + 2)() if False else 16, (-1)[0] if False else 17, (1, 2)[x], (1, 2)[x:], [1, 2][1, 2] if False else 18, b"ab"["a"] if False else 19)
except TypeError as e:
    print(e)
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile("y is 5", "<test>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("if y is 'q': pass\nassert (y, 1)\n", "<rec>", "exec")
    exec("z = 1 is 1")
print([(str(m.message), m.category.__name__, m.filename, m.lineno) for m in w])
try:
    1 / 0
finally:
    print(x is 3)
