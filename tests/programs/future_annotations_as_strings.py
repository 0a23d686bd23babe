from __future__ import annotations
a: int
b: list[int]
c: Dict[str,int]
d: (int, str)
e: Optional["Foo"]
f: int | None
g: Callable[[int, str], None]
h: Tuple[int, ...]
i: Literal['a', "b", 1, -2, 3.5, True]
j: a.b.c
k: f(x, *y, z=1, **w)
l: lambda x: x
m: -x ** 2 + (a - b) * c
n: x if y else z
o: {1: 2, **d}
p: {1, 2}
q: [x for x in y if x]
r: a[1:2, ::3]
s: not a and b or c
t: a < b < c
u: f'{x!r:>{w}}'
v: 1e100
w: b'xy'
x: ()
y: (1,)
z: await_ if 1 else 2
aa: x[()]
bb: x[(1, 2)]
cc: x[a, b]
def fn(a: int = 3, *b: str, c: 'X', **d: float) -> List[int]: pass
class K:
    z: ClassVar[int] = 3
print(__annotations__)
print(fn.__annotations__)
print(K.__annotations__)
