# Fused local/constant operand instructions must behave exactly like the unfused ones:
# unbound locals, errors on the right line, non-int operands, in-place semantics.
def unbound_first():
    if False:
        a = 1
    return a + 1

def unbound_second(flag):
    if flag:
        b = 2
    a = 1
    return a - b

def types(x, y):
    return x + y, x * 2, x - y if isinstance(x, int) else None

def inplace_list(xs, ys):
    alias = xs
    xs += ys
    return alias is xs, xs

def multiline(a, b):
    return (a
            + b)

for f, args in ((unbound_first, ()), (unbound_second, (False,)), (multiline, (1, "x"))):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

print(types(3, 4), types("ab", "c")[:2], types([1], [2])[:2], types(2.5, 1))
print(inplace_list([1], [2, 3]))
total = 0
def accumulate(n):
    t = 0
    for i in range(n):
        t += i * i
        t -= i
    return t
print(accumulate(1000), accumulate(0))
def big(n):
    return n * 10**20 + n, n ** 3, n // 7, n % 7, -n // 7, -n % 7, n / 4
print(big(12345), big(-9))
