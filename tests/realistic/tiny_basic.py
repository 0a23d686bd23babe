"""An interpreter for a tiny BASIC: LET, PRINT, IF/THEN, GOTO, GOSUB/RETURN, FOR/NEXT, END."""
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Z][A-Z0-9]*\$?)|(\"[^\"]*\")|(<=|>=|<>|[-+*/()=<>,;^]))")


class BasicError(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad character {text[pos]!r} at {pos}")
        num, name, string, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("name", name))
        elif string:
            out.append(("str", string[1:-1]))
        else:
            out.append(("op", op))
        pos = m.end()
    return out


class Expr:
    PREC = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3, "^": 4}

    def __init__(self, tokens, env, line):
        self.toks, self.i, self.env, self.line = tokens, 0, env, line

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self, min_prec=1):
        left = self.atom()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in self.PREC or self.PREC[op] < min_prec:
                return left
            self.take()
            right = self.parse(self.PREC[op] + (op != "^"))
            left = self.apply(op, left, right)

    def apply(self, op, a, b):
        try:
            return {
                "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b if a % b else a // b, "^": lambda: a ** b,
                "=": lambda: int(a == b), "<>": lambda: int(a != b), "<": lambda: int(a < b),
                ">": lambda: int(a > b), "<=": lambda: int(a <= b), ">=": lambda: int(a >= b),
            }[op]()
        except ZeroDivisionError:
            raise BasicError(self.line, "division by zero") from None
        except TypeError as e:
            raise BasicError(self.line, f"type mismatch ({e})") from e

    def atom(self):
        kind, val = self.take()
        if kind in ("num", "str"):
            return val
        if kind == "name":
            if val in ("ABS", "INT", "LEN") and self.peek() == ("op", "("):
                self.take()
                arg = self.parse()
                self.take()
                return {"ABS": abs, "INT": int, "LEN": len}[val](arg)
            if val not in self.env:
                raise BasicError(self.line, f"undefined variable {val}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.parse()
            self.take()
            return v
        if (kind, val) == ("op", "-"):
            return -self.atom()
        raise BasicError(self.line, f"unexpected {val!r}")


class Interpreter:
    def __init__(self, source):
        self.lines = {}
        for raw in source.strip().splitlines():
            num, _, rest = raw.strip().partition(" ")
            self.lines[int(num)] = tokenize(rest)
        self.order = sorted(self.lines)
        self.env, self.output = {}, []

    def run(self, limit=10_000):
        pc, stack, loops, steps = 0, [], {}, 0
        while pc < len(self.order):
            steps += 1
            if steps > limit:
                raise BasicError(self.order[pc], "step limit exceeded")
            line = self.order[pc]
            toks = self.lines[line]
            kw = toks[0][1]
            nxt = pc + 1
            if kw == "LET":
                self.env[toks[1][1]] = Expr(toks[3:], self.env, line).parse()
            elif kw == "PRINT":
                parts, e, sep = [], Expr(toks[1:], self.env, line), " "
                while e.i < len(e.toks):
                    v = e.parse()
                    parts.append(str(v))
                    if e.peek()[1] in (",", ";"):
                        sep = "" if e.take()[1] == ";" else " "
                self.output.append(sep.join(parts))
            elif kw == "IF":
                then = toks.index(("name", "THEN"))
                if Expr(toks[1:then], self.env, line).parse():
                    nxt = self.jump(toks[then + 1][1], line)
            elif kw == "GOTO":
                nxt = self.jump(toks[1][1], line)
            elif kw == "GOSUB":
                stack.append(nxt)
                nxt = self.jump(toks[1][1], line)
            elif kw == "RETURN":
                if not stack:
                    raise BasicError(line, "RETURN without GOSUB")
                nxt = stack.pop()
            elif kw == "FOR":
                var = toks[1][1]
                to = toks.index(("name", "TO"))
                self.env[var] = Expr(toks[3:to], self.env, line).parse()
                loops[var] = (Expr(toks[to + 1:], self.env, line).parse(), nxt)
            elif kw == "NEXT":
                var = toks[1][1]
                limit_value, body = loops[var]
                self.env[var] += 1
                if self.env[var] <= limit_value:
                    nxt = body
            elif kw == "END":
                break
            else:
                raise BasicError(line, f"unknown statement {kw}")
            pc = nxt
        return steps

    def jump(self, target, line):
        try:
            return self.order.index(target)
        except ValueError:
            raise BasicError(line, f"no line {target}") from None


PROGRAMS = {
    "fizzbuzz": """
10 FOR I = 1 TO 15
20 IF I - INT(I / 15) * 15 = 0 THEN 70
30 IF I - INT(I / 3) * 3 = 0 THEN 80
40 IF I - INT(I / 5) * 5 = 0 THEN 90
50 PRINT I
60 GOTO 100
70 PRINT "FizzBuzz"
75 GOTO 100
80 PRINT "Fizz"
85 GOTO 100
90 PRINT "Buzz"
100 NEXT I
110 END
""",
    "subroutines": """
10 LET N = 10
20 GOSUB 100
30 PRINT "fib", N, "=", A
40 LET N = 20
50 GOSUB 100
60 PRINT "fib"; N; "="; A
70 PRINT "2^10 =", 2 ^ 10, "7/2 =", 7 / 2, "-3 =", -(1 + 2)
80 END
100 LET A = 0
110 LET B = 1
120 FOR K = 1 TO N
130 LET T = A + B
140 LET A = B
150 LET B = T
160 NEXT K
170 RETURN
""",
    "strings": """
10 LET S$ = "hello"
20 PRINT S$ + ", world", LEN(S$ + "!")
30 PRINT "abs", ABS(-4.5), (1 < 2) + (2 <= 2) + (3 <> 3)
""",
    "divzero": """
10 LET X = 5
20 PRINT X / (X - 5)
""",
    "undefined": """
10 PRINT Y + 1
""",
    "badjump": """
10 GOTO 99
""",
    "mismatch": """
10 PRINT "a" - 1
""",
    "loop": """
10 GOTO 10
""",
}

for name, src in PROGRAMS.items():
    interp = Interpreter(src)
    try:
        steps = interp.run()
        status = f"ok in {steps} steps"
    except BasicError as e:
        status = f"error {e} (cause: {type(e.__cause__).__name__ if e.__cause__ else None})"
    print(f"--- {name}: {status}")
    for out in interp.output:
        print("   ", out)
try:
    tokenize("PRINT 1 & 2")
except SyntaxError as e:
    print("SyntaxError:", e)
