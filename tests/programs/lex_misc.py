# Lexical odds and ends: comments, continuations, semicolons, unicode identifiers,
# keywords as attribute-like names, and layout inside brackets.
x = 1; y = 2; z = x + \
    y
print(x, y, z)  # trailing comment
total = (1 +
         2 +   # comment inside parentheses
         3)
print(total)
data = [
    1,
    2,
    3,   # trailing comma below
]
print(data, {
    "a": 1,
}, (
    4,
))
café = "unicode identifier"
π = 3.14159
名前 = "name"
print(café, π, 名前)
def f(a,
      b=2,
      *,
      c=3):
    return a + b + c
print(f(1,
        c=10))
if x: print("single-line if")
for i in range(2): print("single-line for", i)
while False: pass
class Tiny: pass
print(Tiny.__name__, type(...), ... is Ellipsis)
s = """triple "quoted" with 'both' quotes
and a second line"""
print(s, len(s.splitlines()))
print('a' 'b' "c" '''d''' """e""")
print(0xFF, 0o17, 0b11, 1_000, 1e3, 1E-3, .5, 5., 0.5e+2)
print(r"\n is two chars", len(r"\n"), "\t|", "\\")
n = 10
n += 1; n *= 2; n -= 3; n //= 2; n **= 2; n %= 7
print(n)
lambda_sq = lambda v: v ** 2; print(lambda_sq(9))
print(not True, True and not False, (yield_ := 3), yield_)
values = [v
          for v in range(5)
          if v % 2]
print(values)
assert True, "never shown"
del values
print("values" in dir())
print(__name__, __doc__)
