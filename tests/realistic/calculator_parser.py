"""Tokenizer + recursive-descent parser + evaluator for arithmetic expressions."""
import math
import operator
import re
from typing import Iterator, NamedTuple


class Token(NamedTuple):
    kind: str
    value: str
    pos: int


TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%^(),=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))


class CalcError(Exception):
    pass


def tokenize(text: str) -> Iterator[Token]:
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise CalcError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(text))


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul,
          "/": operator.truediv, "%": operator.mod, "^": operator.pow, "**": operator.pow}
FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "abs": abs,
         "max": max, "min": min, "log": math.log, "floor": math.floor}


class Parser:
    """
    stmt   := NAME '=' expr | expr
    expr   := term (('+'|'-') term)*
    term   := unary (('*'|'/'|'%') unary)*
    unary  := '-' unary | power
    power  := atom (('^'|'**') unary)?
    atom   := NUMBER | NAME | NAME '(' args ')' | '(' expr ')'
    """

    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, value):
        if self.tok.value != value:
            raise CalcError(f"expected {value!r} at {self.tok.pos}, got {self.tok.value or 'EOF'!r}")
        return self.advance()

    def parse(self):
        if self.tok.kind == "NAME" and self.tokens[self.i + 1].value == "=":
            name = self.advance().value
            self.advance()
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.tok.kind != "EOF":
            raise CalcError(f"trailing input at {self.tok.pos}: {self.tok.value!r}")
        return value

    def expr(self):
        value = self.term()
        while self.tok.value in ("+", "-"):
            op = self.advance().value
            value = BINOPS[op](value, self.term())
        return value

    def term(self):
        value = self.unary()
        while self.tok.value in ("*", "/", "%"):
            op = self.advance().value
            rhs = self.unary()
            if op in "/%" and rhs == 0:
                raise CalcError("division by zero")
            value = BINOPS[op](value, rhs)
        return value

    def unary(self):
        if self.tok.value == "-":
            self.advance()
            return -self.unary()
        if self.tok.value == "+":
            self.advance()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.value in ("^", "**"):
            self.advance()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.tok
        if t.kind == "NUMBER":
            self.advance()
            return float(t.value) if any(c in t.value for c in ".eE") else int(t.value)
        if t.kind == "NAME":
            self.advance()
            if self.tok.value == "(":
                self.advance()
                args = []
                if self.tok.value != ")":
                    args.append(self.expr())
                    while self.tok.value == ",":
                        self.advance()
                        args.append(self.expr())
                self.expect(")")
                if t.value not in FUNCS:
                    raise CalcError(f"unknown function {t.value}")
                try:
                    return FUNCS[t.value](*args)
                except (TypeError, ValueError) as e:
                    raise CalcError(f"{t.value}: {e}") from None
            if t.value not in self.env:
                raise CalcError(f"undefined variable {t.value!r}")
            return self.env[t.value]
        if t.value == "(":
            self.advance()
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError(f"unexpected {t.value or 'end of input'!r} at {t.pos}")


def fmt(v):
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return f"{v:.10g}"
    return str(v)


ENV = {"pi": math.pi, "e": math.e}
LINES = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "2 ** -1",
    "x = 7", "y = x * 6", "x + y", "10 / 4", "10 % 4", "sqrt(2)",
    "max(1, x, y / 2, 3)", "min()", "floor(pi * 100) / 100", "sin(pi / 2) + cos(0)",
    "1e3 + 2.5e-1", "2 ** 100", "log(-1)", "5 / (3 - 3)", "3 + * 4",
    "foo(1)", "z + 1", "1 2", "(1 + 2", "4 $ 4", "abs(-3.5) * --2",
]
for line in LINES:
    try:
        print(f"{line:<24} => {fmt(Parser(line, ENV).parse())}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
print(sorted(k for k in ENV if k not in ("pi", "e")))
print([t.kind for t in tokenize("a=1.5e3*(b)")])
