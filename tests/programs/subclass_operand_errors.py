# TypeErrors of operators on instances of builtin subclasses name the subclass
class D(dict): pass
class L(list): pass
class I(int): pass
class S(str): pass
class F(float): pass
for a, b in [(D(), 1), (L(), 1), (I(), "x"), (S(), 1), (1, D()), ([], L()), (L(), ()), (S(), 2.5), ("ab", D()), (L([1]), F(2.5)), (F(1.5), "s"), (I(2), None), (D(), D())]:
    for op in ("+", "-", "*", "**", "@"):
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print(e)
x = L()
try:
    x -= 1
except TypeError as e:
    print(e)
