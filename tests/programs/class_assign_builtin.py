class B: pass
class C: pass
def f(): pass
for target, val in [((1), B), ('s', B), (f, B), ([], B), (B(), 5), (B(), C), (B(), int), (None, B)]:
    try:
        target.__class__ = val
        print("ok", type(target).__name__)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del B().__class__
except TypeError as e: print(e)
