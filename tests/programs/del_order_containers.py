# The order in which containers release their items decides the order `__del__`
# methods run in: lists and tuples go last to first, dicts and sets first to last,
# an extended slice's deletion in index order.
class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def section(title):
    print("--", title)


section("list freed")
x = [N("a"), N("b"), N("c")]
del x
section("list.clear")
x = [N("a"), N("b"), N("c")]
x.clear()
section("slice replaced by a shorter list")
x = [N("a"), N("b"), N("c")]
x[0:2] = []
section("slice replaced by a temporary of equal length")
x[:] = [N("d")]
x = [N("e"), N("f"), N("g")]
x[:] = x[::-1]
print([o.n for o in x])
section("del x[i:j]")
del x[0:2]
section("del x[::2]")
x = [N(i) for i in range(5)]
del x[::2]
section("del x[::-2]")
x = [N(i) for i in range(5, 10)]
del x[::-2]
section("x[::-1] = ...")
x[::-1] = [1, 2]
section("tuple freed")
t = (N("a"), N("b"), (N("c"), N("d")))
del t
section("dict freed")
d = {1: N("a"), 2: N("b")}
del d
section("set freed")
s = {N("a")}
del s
section("list of lists")
x = [[N("a"), N("b")], [N("c")]]
x = None
section("end")
