# Containers changed by the user code their own operations call: repr, insertion, lookup.
l = []
class R:
    def __repr__(self):
        l.clear()
        return 'R'
l.extend([R(), R(), 3])
print(repr(l))
d = {}
class S:
    def __repr__(self):
        d.clear()
        return 'S'
d[1] = S(); d[2] = S()
print(repr(d))
d2 = {}
class E:
    def __hash__(self): return 1
    def __eq__(self, o):
        d2.clear()
        return False
d2[E()] = 1
d2[E()] = 2
print(len(d2))
d = {}
class E:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear()
        return False
    def __repr__(self): return f"E{self.n}"
d[E(1)] = 1
d[E(2)] = 2
print(d)
d[E(3)] = 3
print(E(4) in d, d.get(E(5)), d)
d[E(6)] = 6
print(d.pop(E(7), 'x'), d.setdefault(E(8), 8), d)
class G:
    def __hash__(self): return 1
    def __eq__(self, o):
        for i in range(100): d[str(i)] = i
        return False
d = {G(): 1}
d[G()] = 2
print(len(d))
s = set()
class F:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.clear()
        return False
s.add(F()); s.add(F()); print(len(s))
l = [1, 2, 3]
class L:
    def __eq__(self, o):
        l.clear()
        return False
print(L() in l, l.count(L()) if l else 'empty', l)
l = [L(), 1, 2]
try: print(l.index(5))
except ValueError as e: print(e)
l = [1, 2]
class R:
    def __repr__(self):
        if len(l) < 6:
            l.append(R())
        return 'R'
l[0] = R()
print(repr(l))
