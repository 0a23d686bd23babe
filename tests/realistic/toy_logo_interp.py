"""A small Logo-like turtle language: tokenizer, parser to an AST, and an interpreter drawing on a grid."""
import math
import re
from dataclasses import dataclass, field
from typing import Union

TOKEN = re.compile(r"\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][\w]*)|(?P<var>:[A-Za-z_]\w*)|(?P<op>[\[\]+\-*/()<>=]))")


class LogoError(Exception):
    pass


def tokenize(src):
    pos, out = 0, []
    src = re.sub(r";[^\n]*", "", src)
    while pos < len(src):
        if src[pos:].strip() == "":
            break
        m = TOKEN.match(src, pos)
        if not m:
            raise LogoError(f"bad character {src[pos:].strip()[0]!r} at {pos}")
        kind = m.lastgroup
        val = m.group(kind)
        out.append((kind, float(val) if kind == "num" else val.lower() if kind == "word" else val))
        pos = m.end()
    return out


@dataclass
class Call:
    name: str
    args: list = field(default_factory=list)


@dataclass
class Repeat:
    count: object
    body: list


@dataclass
class Define:
    name: str
    params: list
    body: list


@dataclass
class IfStmt:
    cond: object
    body: list


ARITY = {"fd": 1, "bk": 1, "rt": 1, "lt": 1, "pu": 0, "pd": 0, "home": 0, "print": 1}


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
        self.arity = dict(ARITY)

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if tok[0] is None or (kind and tok[0] != kind) or (value and tok[1] != value):
            raise LogoError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok[1]

    def program(self, stop=None):
        stmts = []
        while self.peek()[0] is not None and self.peek()[1] != stop:
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.take("op", "[")
        body = self.program("]")
        self.take("op", "]")
        return body

    def statement(self):
        word = self.take("word")
        if word == "repeat":
            return Repeat(self.expr(), self.block())
        if word == "if":
            return IfStmt(self.expr(), self.block())
        if word == "to":
            name = self.take("word")
            params = []
            while self.peek()[0] == "var":
                params.append(self.take("var")[1:])
            self.arity[name] = len(params)
            body = self.program("end")
            self.take("word", "end")
            return Define(name, params, body)
        if word not in self.arity:
            raise LogoError(f"I don't know how to {word}")
        return Call(word, [self.expr() for _ in range(self.arity[word])])

    def expr(self):
        left = self.term()
        while self.peek()[1] in ("+", "-", "<", ">", "="):
            op = self.take()
            left = (op, left, self.term())
        return left

    def term(self):
        left = self.atom()
        while self.peek()[1] in ("*", "/"):
            op = self.take()
            left = (op, left, self.atom())
        return left

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            return self.take()
        if kind == "var":
            return ("var", self.take()[1:])
        if val == "(":
            self.take()
            e = self.expr()
            self.take("op", ")")
            return e
        raise LogoError(f"unexpected {val!r}")


class Turtle:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
           "=": lambda a, b: a == b}

    def __init__(self, size=21):
        self.size = size
        self.x = self.y = size // 2
        self.heading = 0
        self.pen = True
        self.grid = [[" "] * size for _ in range(size)]
        self.procs = {}
        self.output = []
        self.steps = 0

    def eval(self, e, env):
        if isinstance(e, float):
            return e
        if e[0] == "var":
            try:
                return env[e[1]]
            except KeyError:
                raise LogoError(f":{e[1]} has no value") from None
        op, a, b = e
        return self.OPS[op](self.eval(a, env), self.eval(b, env))

    def run(self, stmts, env=None, depth=0):
        env = env or {}
        if depth > 50:
            raise LogoError("too much recursion")
        for s in stmts:
            match s:
                case Repeat(count, body):
                    for _ in range(int(self.eval(count, env))):
                        self.run(body, env, depth)
                case IfStmt(cond, body):
                    if self.eval(cond, env):
                        self.run(body, env, depth)
                case Define(name, params, body):
                    self.procs[name] = (params, body)
                case Call(name, args) if name in self.procs:
                    params, body = self.procs[name]
                    self.run(body, dict(zip(params, (self.eval(a, env) for a in args))), depth + 1)
                case Call("fd" | "bk" as name, [dist]):
                    self.move(self.eval(dist, env) * (1 if name == "fd" else -1))
                case Call("rt" | "lt" as name, [deg]):
                    self.heading = (self.heading + self.eval(deg, env) * (1 if name == "rt" else -1)) % 360
                case Call("pu"):
                    self.pen = False
                case Call("pd"):
                    self.pen = True
                case Call("home"):
                    self.x = self.y = self.size // 2
                    self.heading = 0
                case Call("print", [e]):
                    v = self.eval(e, env)
                    self.output.append(f"{v:g}" if isinstance(v, float) else str(v))

    def move(self, dist):
        steps = int(abs(dist))
        sign = 1 if dist >= 0 else -1
        dx = round(math.sin(math.radians(self.heading)))
        dy = -round(math.cos(math.radians(self.heading)))
        for _ in range(steps):
            if self.pen and 0 <= self.x < self.size and 0 <= self.y < self.size:
                self.grid[self.y][self.x] = "#"
            self.x += dx * sign
            self.y += dy * sign
            self.steps += 1

    def picture(self):
        rows = ["".join(r).rstrip() for r in self.grid]
        while rows and not rows[-1]:
            rows.pop()
        while rows and not rows[0]:
            rows.pop(0)
        return "\n".join("|" + r for r in rows)


PROGRAM = """
; a square spiral and a staircase
to spiral :n :len
  if :n > 0 [ fd :len rt 90 spiral :n - 1 :len + 1 ]
end
to stairs :k
  repeat :k [ fd 2 rt 90 fd 2 lt 90 ]
end
pu bk 6 lt 90 fd 8 rt 90 pd
spiral 12 2
home pu rt 90 fd 3 pd
stairs 3
print 6 * 7
print (1 + 2) * 3 - 4 / 8
print 3 > 2
"""

t = Turtle()
ast = Parser(tokenize(PROGRAM)).program()
print(ast[0])
print(len(ast), [type(s).__name__ for s in ast])
t.run(ast)
print(t.picture())
print("output:", t.output, "steps:", t.steps, "heading:", t.heading, "pos:", (t.x, t.y))
for bad in ["fd", "jump 3", "repeat 2 [ fd 1", "print :x", "fd 3 $", "to f f end f"]:
    try:
        Turtle().run(Parser(tokenize(bad)).program())
        print(f"{bad!r}: ok")
    except LogoError as exc:
        print(f"{bad!r}: {exc}")
