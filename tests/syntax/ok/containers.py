[]
[1]
[1, 2]
[1, 2,]
[*a, *b, c]
()
(1,)
(1, 2)
(1, 2,)
(*a, b)
1, 2
1,
*a, b
{}
{1: 2}
{1: 2, 3: 4,}
{**a, 'b': 1, **c}
{1}
{1, 2,}
{*a, b}
[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a if k for v in b}
(x for x in y)
[x for x in (y for y in z)]
[[y for y in x] for x in z]
[x := 1, x]
{(a := 1), 2}
[lambda: x for x in y]
[x for x in lambda_ if x]
{**a}
[1, 2, 3][1:]
