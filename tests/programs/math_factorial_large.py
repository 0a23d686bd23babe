# factorial of a large argument is computed quickly (binary splitting), exactly.
import math
print([math.factorial(i) for i in range(25)])
x = math.factorial(200000)
print(x.bit_length(), x % (10**9 + 7), x % 2**64 == 0)
print(math.factorial(1000) == math.prod(range(1, 1001)))
for bad in (-1, 10**19, 2.0):
    try:
        math.factorial(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
