# f-strings: expressions, nested format specs, conversions and the = specifier.
x, y, name = 3.14159, 42, "World"
print(f"Hello, {name}!", f"{x:.2f}", f"{y:>6}|", f"{y:06d}", f"{y:#x}", f"{y:,}", f"{x!r}", f"{name!r:>10}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|", f"{x:<{w}}|", f"{name:^{w}}|", f"{name:{'*'}^{w}}|", f"{y:{'+' if y else '-'}}")
print(f"{name=}", f"{x=:.2f}", f"{y = }", f"{1 + 2=}", f"{name=!r}", f"{name=!s}")
print(f"{'a' 'b'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda v: v * 2)(4)}", f"{'{'}{'}'}", f"{{{y}}}")
print(f"{3 if y else 4}", f"{','.join(['a', 'b'])}", f"{y:{'>'}{10}}", f"{x:.{p}}", f"{'x'!a}", f"{'é'!a}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12)]
for n, price, qty in items:
    print(f"{n:<10}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
print(f"{y}" f"{name}" "plain" f"{x:.1f}", f"""multi
{name}""", rf"\d{y}")
print(f"{y:b} {y:o} {y:e} {y:%} {y:c}", f"{-y:+}", f"{y!s:>5}", f"{x:10.3e}|", f"{1e20:g}", f"{10**20}")
print(f"{None}", f"{True:d}", f"{True}", f"{[1, 'a']}", f"{(1,)}", f"{ {1: 2} }", f"{...}")
class V:
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v"
    def __format__(self, spec):
        return f"fmt[{spec}]"
v = V()
print(f"{v}", f"{v!r}", f"{v!s}", f"{v:abc}", f"{v=}", f"{v=:x}", f"{v!r:>6}")
n = 0
def inc():
    global n
    n += 1
    return n
print(f"{inc()} {inc()} {inc()}", n)
try:
    f"{y:z}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError", e)
print(f"{'nested ' + f'{y:>4}' + ' f'}", f"{x:{w}.{p}{'f'}}", f"{x:#<{w}.2f}", len(f"{y:100}"))
