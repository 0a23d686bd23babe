"""A Pratt-parser calculator with exact rational arithmetic and variables."""
import re
from fractions import Fraction
import math
import operator

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|//|[-+*/%^(),=!]))")


class CalcError(Exception):
    pass


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise CalcError(f"unexpected character {src[pos:].strip()[0]!r} at column {pos}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    out.append(("end", None))
    return out


BINARY = {
    "+": (10, operator.add), "-": (10, operator.sub),
    "*": (20, operator.mul), "/": (20, operator.truediv), "//": (20, operator.floordiv), "%": (20, operator.mod),
    "**": (30, operator.pow), "^": (30, operator.pow),
}
RIGHT_ASSOC = {"**", "^"}


def factorial(x):
    if x.denominator != 1 or x < 0:
        raise CalcError(f"factorial of {x} is undefined")
    return Fraction(math.factorial(int(x)))


FUNCS = {
    "abs": abs,
    "min": min,
    "max": max,
    "floor": lambda x: Fraction(math.floor(x)),
    "sqrt": lambda x: Fraction(math.isqrt(x.numerator * x.denominator), x.denominator) if x >= 0 else (_ for _ in ()).throw(CalcError("sqrt of negative")),
    "gcd": lambda a, b: Fraction(math.gcd(int(a), int(b))),
}


class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v = self.next()
        if v != value:
            raise CalcError(f"expected {value!r}, got {v or 'end of input'!r}")

    def expression(self, min_bp=0):
        left = self.prefix()
        while True:
            kind, op = self.peek()
            if kind == "op" and op == "!":
                self.next()
                left = factorial(left)
                continue
            if kind != "op" or op not in BINARY:
                break
            bp, fn = BINARY[op]
            if bp < min_bp:
                break
            self.next()
            right = self.expression(bp if op in RIGHT_ASSOC else bp + 1)
            try:
                if op in ("**", "^") and right.denominator != 1:
                    raise CalcError("only integer powers are exact")
                left = fn(left, right)
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        return left

    def prefix(self):
        kind, value = self.next()
        if kind == "num":
            return Fraction(value)
        if kind == "op" and value == "-":
            return -self.expression(25)
        if kind == "op" and value == "+":
            return self.expression(25)
        if kind == "op" and value == "(":
            inner = self.expression()
            self.expect(")")
            return inner
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = [self.expression()]
                while self.peek() == ("op", ","):
                    self.next()
                    args.append(self.expression())
                self.expect(")")
                if value not in FUNCS:
                    raise CalcError(f"unknown function {value}()")
                return FUNCS[value](*args)
            try:
                return self.env[value]
            except KeyError:
                raise CalcError(f"name {value!r} is not defined") from None
        raise CalcError(f"unexpected {value or 'end of input'!r}")


def evaluate(line, env):
    tokens = tokenize(line)
    target = None
    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        target, tokens = tokens[0][1], tokens[2:]
    p = Parser(tokens, env)
    value = p.expression()
    if p.peek()[0] != "end":
        raise CalcError(f"trailing input at {p.peek()[1]!r}")
    if target:
        env[target] = value
    env["_"] = value
    return value


def show(value):
    if value.denominator == 1:
        return str(value.numerator)
    return f"{value} (~{float(value):.6g})"


session = """
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 2
-2 ^ 2
1/3 + 1/6
x = 22/7
x - 3.14159
y = x * 7
_ + 1
10 // 3 + 10 % 3
5! / 3!
20!
0.1 + 0.2
1e3 / 8
sqrt(16/9)
gcd(84, 36) * min(3, 1/2, 7)
abs(-7/2) + floor(7/2)
1 / (2 - 2)
2 ** 0.5
z + 1
3 $ 4
(1 + 2
1 2
(-3)!
max(1, 2, 3, 100/7)
""".strip().splitlines()

env = {}
for number, line in enumerate(session, 1):
    try:
        print(f"[{number:>2}] {line:<24} = {show(evaluate(line, env))}")
    except CalcError as err:
        print(f"[{number:>2}] {line:<24} ! {err}")
print(sorted((k, str(v)) for k, v in env.items()))
