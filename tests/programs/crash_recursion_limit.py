# sys.setrecursionlimit's checks: the C int range, a limit below the current depth.
import sys
for v in [10**20, 2**31, 2**31-1, 0, -5, 1.5]:
    try:
        sys.setrecursionlimit(v); print(v, 'ok', sys.getrecursionlimit())
    except Exception as e:
        print(v, type(e).__name__, e)
def f(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except Exception as e:
            print(type(e).__name__, e)
    else:
        f(n - 1)
f(50)
