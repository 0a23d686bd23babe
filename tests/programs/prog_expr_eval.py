# A tiny expression evaluator: tokenizer, recursive-descent parser, AST classes, errors.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos
def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/%^(),":
            out.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    out.append(Token("end", "", len(src)))
    return out
class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return f"Num({self.v})"
class Var:
    def __init__(self, n): self.n = n
    def eval(self, env):
        try:
            return env[self.n]
        except KeyError:
            raise NameError(f"unknown variable {self.n}") from None
    def __repr__(self): return f"Var({self.n})"
class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.OPS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return f"BinOp({self.op!r}, {self.l}, {self.r})"
class Call:
    FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
    def __init__(self, f, args): self.f, self.args = f, args
    def eval(self, env): return self.FUNCS[self.f](*[a.eval(env) for a in self.args])
    def __repr__(self): return f"Call({self.f}, {self.args})"
class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self): return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, text):
        t = self.take()
        if t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text!r}", t.pos)
        return t
    def parse(self, min_prec=1):
        left = self.atom()
        while True:
            t = self.peek()
            prec = self.PREC.get(t.text) if t.kind == "op" else None
            if prec is None or prec < min_prec:
                return left
            self.take()
            right = self.parse(prec + (0 if t.text == "^" else 1))
            left = BinOp(t.text, left, right)
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.take()
                args = []
                if self.peek().text != ")":
                    args.append(self.parse())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.parse())
                self.expect(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            e = self.parse()
            self.expect(")")
            return e
        if t.text == "-":
            return BinOp("-", Num(0), self.atom())
        raise ParseError(f"unexpected {t.text!r}", t.pos)
env = {"x": 3, "y": 4.5, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * y - 1", "max(1, x, 2) + abs(-5)", "big * big",
            "10 / 4", "10 % 3 + -x", "sum(1, 2, 3) / 0", "1 +", "2 $ 3", "z + 1", "min()", "((1)"]:
    try:
        ast = Parser(tokenize(src)).parse()
        print(f"{src!r:28} -> {ast!r:.60} = {ast.eval(env)}")
    except (ParseError, NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
