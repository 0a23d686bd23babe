class G:
    def __init__(s, x): s.x = x
    def __mul__(s, k):
        if isinstance(k, (int, float)): return G(s.x * k)
        return NotImplemented
    def __add__(s, o): return NotImplemented
    def __rmul__(s, k): return G(k * s.x * 10)
    def __sub__(s, o): return s.x - o
    def __repr__(s): return f"G({s.x})"
g = G(2)
print(g * 3, g * 1.5, 3 * g, g - 1, g - 0.5)
for bad in ['ab', [1], (1,), None, {1: 2}, b'x', 2j, True]:
    try: print(g * bad)
    except TypeError as e: print('TE', e)
    try: print(g + bad)
    except TypeError as e: print('TE', e)
try: g - 'a'
except TypeError as e: print('TE', e)
print(g * True, G(3) * G.__init__ if False else 'skip')
class H(G): pass
print(H(1) * 4)
print(g * object() if False else 'ok')
try: g * object()
except TypeError as e: print('TE', e)
try: g * int
except TypeError as e: print('TE', e)
