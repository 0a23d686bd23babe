"""Tokenizer and recursive-descent parser/evaluator for arithmetic with variables."""
import math
import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    value: str
    pos: int


TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%^(),=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(text):
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise ParseError(f"unexpected character {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(text))


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, value=None):
        t = self.tok
        if t.kind != kind or (value is not None and t.value != value):
            want = value or kind
            raise ParseError(f"expected {want!r}, got {t.value or 'end'!r}", t.pos)
        self.i += 1
        return t

    def statement(self):
        if self.tok.kind == "NAME" and self.tokens[self.i + 1].value == "=":
            name = self.eat("NAME").value
            self.eat("OP", "=")
            value = self.expr()
            self.env[name] = value
            result = (name, value)
        else:
            result = (None, self.expr())
        self.eat("EOF")
        return result

    def expr(self):
        v = self.term()
        while self.tok.value in ("+", "-"):
            op = self.eat("OP").value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.tok.value in ("*", "/", "%"):
            op = self.eat("OP").value
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def factor(self):
        if self.tok.value in ("-", "+"):
            op = self.eat("OP").value
            v = self.factor()
            return -v if op == "-" else v
        base = self.atom()
        if self.tok.value in ("**", "^"):
            self.eat("OP")
            return base ** self.factor()
        return base

    def atom(self):
        t = self.tok
        if t.kind == "NUMBER":
            self.i += 1
            return float(t.value) if any(c in t.value for c in ".eE") else int(t.value)
        if t.kind == "NAME":
            self.i += 1
            if self.tok.value == "(":
                self.eat("OP", "(")
                args = [self.expr()]
                while self.tok.value == ",":
                    self.eat("OP", ",")
                    args.append(self.expr())
                self.eat("OP", ")")
                try:
                    fn = self.FUNCS[t.value]
                except KeyError:
                    raise ParseError(f"unknown function {t.value}", t.pos) from None
                return fn(*args)
            if t.value not in self.env:
                raise NameError(f"name '{t.value}' is not defined")
            return self.env[t.value]
        if t.value == "(":
            self.eat("OP", "(")
            v = self.expr()
            self.eat("OP", ")")
            return v
        raise ParseError(f"unexpected {t.value or 'end of input'!r}", t.pos)


env = {"pi": math.pi}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ^ 2",
    "x = 10 / 4",
    "y = x * 2 + 1",
    "sqrt(y * y) + max(1, 7, 3)",
    "r = 2.5e1 % 7",
    "2 * pi * r",
    "floor(17 / 3) + 17 % 3",
    "1 + ",
    "3 $ 4",
    "foo(2)",
    "z + 1",
    "10 / (5 - 5)",
    "(1 + 2",
    "abs(-12345678901234567890) * 3",
]
for line in lines:
    try:
        name, value = Parser(line, env).statement()
    except ParseError as e:
        print(f"{line!r:35} -> parse error: {e}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{line!r:35} -> {type(e).__name__}: {e}")
    else:
        shown = f"{value:.6g}" if isinstance(value, float) else str(value)
        print(f"{line!r:35} -> {name + ' = ' if name else ''}{shown}")
print(sorted(k for k in env if k != "pi"))
print(list(tokenize("a=1"))[:2])
