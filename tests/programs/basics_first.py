print("hello", 1 + 2)
x = [1, 2, 3]
print(x, len(x), x[1:])
def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)
print(fib(20))
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print(2 ** 100, 7 // 2, -7 // 2, 7 % -3, 1/3)
x = 50 + 50; y = 200 // 2; print(x is y)
n = 10; x = n ** 3; y = n * 100; print(x is y)
print(f"{x:>10} {3.14159:.2f} {'a'!r}")
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v})"
print([A(i) for i in range(3)])
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
print({3,1,2})
