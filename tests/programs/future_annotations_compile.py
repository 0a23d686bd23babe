from __future__ import annotations
import __future__
def f(x: int) -> undefined_name: pass
print(f.__annotations__)
exec("def g(a: list[int]) -> nope: pass")
print(g.__annotations__)
c = compile("def h(a: zz) -> qq: pass", "<s>", "exec", dont_inherit=True)
try:
    exec(c)
except NameError as e:
    print("NameError", e)
c = compile("def h(a: zz) -> qq: pass", "<s>", "exec", __future__.annotations.compiler_flag, True)
exec(c); print(h.__annotations__)
print(hex(c.co_flags), hex(f.__code__.co_flags))
print(eval("(lambda: 1)").__code__.co_flags & 0x1000000)


# doctest compiles examples with the module's future flags.
def area(w: Width, h: Height) -> Area:
    """
    >>> area(2, 3)
    6
    >>> area.__annotations__['w']
    'Width'
    """
    return w * h


import doctest
print(doctest.testmod(verbose=False))
try:
    compile("1", "<s>", "eval", 0x8000000)
except ValueError as e:
    print("ValueError", e)
