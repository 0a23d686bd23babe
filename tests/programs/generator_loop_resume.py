# Generators resumed by a `for` loop: the loop variable takes each value where the
# generator yields it, the value sent in by a resume is dropped unseen, and what the
# program can observe (values, __del__ order, send/throw/close) is
# unchanged.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def numbers(n):
    for i in range(n):
        yield Noisy(f"n{i}")


for x in numbers(3):
    print("got", x.name)
print("after loop")
del x


def echo():
    received = []
    while True:
        got = yield len(received)
        if got is None:
            break
        received.append(got)
    yield received


g = echo()
print(next(g), g.send("a"), g.send("b"))
print(next(g))


def counted():
    yield 1
    yield 2
    yield 3


total = 0
for v in counted():
    total += v
print(total)


def guarded():
    try:
        yield "first"
        yield "second"
    finally:
        print("finally ran")


for w in guarded():
    print(w)
    break
print("broke out")

gen = guarded()
print(next(gen))
try:
    gen.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)


def outer():
    yield from counted()
    yield 4


print(list(outer()))
print([a for a in outer()])
