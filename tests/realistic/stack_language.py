"""An interpreter for a tiny Forth-like stack language."""
import operator


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    pass


class Forth:
    def __init__(self, out):
        self.stack = []
        self.rstack = []
        self.out = out
        self.words = {}
        self.vars = {}
        self.builtins = {
            "+": self.binop(operator.add), "-": self.binop(operator.sub),
            "*": self.binop(operator.mul), "/": self.binop(self._div),
            "mod": self.binop(operator.mod), "=": self.binop(lambda a, b: -1 if a == b else 0),
            "<": self.binop(lambda a, b: -1 if a < b else 0),
            ">": self.binop(lambda a, b: -1 if a > b else 0),
            "and": self.binop(operator.and_), "or": self.binop(operator.or_),
            "max": self.binop(max), "min": self.binop(min),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self._swap, "over": self._over, "rot": self._rot,
            ".": lambda: self.out.append(str(self.pop())),
            "emit": lambda: self.out.append(chr(self.pop())),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
            "negate": lambda: self.push(-self.pop()),
            "abs": lambda: self.push(abs(self.pop())),
            "!": self._store, "@": self._fetch,
            "i": lambda: self.push(self.rstack[-1][0]),
        }

    @staticmethod
    def _div(a, b):
        if b == 0:
            raise ForthError("division by zero")
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b >= 0) else -q

    def push(self, x):
        self.stack.append(x)

    def pop(self):
        if not self.stack:
            raise StackUnderflow("stack underflow")
        return self.stack.pop()

    def peek(self):
        if not self.stack:
            raise StackUnderflow("stack underflow")
        return self.stack[-1]

    def binop(self, fn):
        def op():
            b, a = self.pop(), self.pop()
            self.push(fn(a, b))
        return op

    def _swap(self):
        b, a = self.pop(), self.pop()
        self.stack += [b, a]

    def _over(self):
        b, a = self.pop(), self.pop()
        self.stack += [a, b, a]

    def _rot(self):
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack += [b, c, a]

    def _store(self):
        name, value = self.pop(), self.pop()
        self.vars[name] = value

    def _fetch(self):
        self.push(self.vars.get(self.pop(), 0))

    @staticmethod
    def tokenize(src):
        tokens, words = [], iter(src.split())
        for w in words:
            if w == "(":
                for w2 in words:
                    if w2.endswith(")"):
                        break
            elif w == '."':
                parts = []
                for w2 in words:
                    if w2.endswith('"'):
                        parts.append(w2[:-1])
                        break
                    parts.append(w2)
                tokens.append(("str", " ".join(parts)))
            else:
                tokens.append(("word", w.lower()))
        return tokens

    def compile_block(self, tokens, i, terminators):
        body = []
        while i < len(tokens):
            kind, tok = tokens[i]
            if kind == "word" and tok in terminators:
                return body, i, tok
            if kind == "word" and tok == "if":
                then_body, i, term = self.compile_block(tokens, i + 1, ("else", "then"))
                else_body = []
                if term == "else":
                    else_body, i, _ = self.compile_block(tokens, i + 1, ("then",))
                body.append(("if", then_body, else_body))
            elif kind == "word" and tok == "do":
                loop_body, i, _ = self.compile_block(tokens, i + 1, ("loop",))
                body.append(("do", loop_body))
            elif kind == "word" and tok == "begin":
                loop_body, i, _ = self.compile_block(tokens, i + 1, ("until",))
                body.append(("begin", loop_body))
            elif kind == "word" and tok == "variable":
                i += 1
                name = tokens[i][1]
                self.words[name] = [("lit", name)]
            else:
                body.append((kind, tok))
            i += 1
        if terminators:
            raise ForthError(f"missing {' or '.join(terminators)}")
        return body, i, None

    def execute(self, code, depth=0):
        if depth > 200:
            raise ForthError("return stack overflow")
        for instr in code:
            kind = instr[0]
            if kind == "str":
                self.out.append(instr[1])
            elif kind == "lit":
                self.push(instr[1])
            elif kind == "if":
                self.execute(instr[1] if self.pop() else instr[2], depth + 1)
            elif kind == "do":
                start, limit = self.pop(), self.pop()
                for n in range(start, limit):
                    self.rstack.append([n])
                    try:
                        self.execute(instr[1], depth + 1)
                    finally:
                        self.rstack.pop()
            elif kind == "begin":
                while True:
                    self.execute(instr[1], depth + 1)
                    if self.pop():
                        break
            else:
                word = instr[1]
                if word in self.words:
                    self.execute(self.words[word], depth + 1)
                elif word in self.builtins:
                    self.builtins[word]()
                else:
                    try:
                        self.push(int(word))
                    except ValueError:
                        raise ForthError(f"unknown word {word!r}") from None

    def run(self, src):
        tokens = self.tokenize(src)
        i = 0
        while i < len(tokens):
            if tokens[i] == ("word", ":"):
                name = tokens[i + 1][1]
                body, i, _ = self.compile_block(tokens, i + 2, (";",))
                self.words[name] = body
                i += 1
            else:
                j = i
                while j < len(tokens) and tokens[j] != ("word", ":"):
                    j += 1
                body, _, _ = self.compile_block(tokens[i:j], 0, ())
                self.execute(body)
                i = j


PROGRAMS = [
    "1 2 + .",
    "10 3 - 4 * . 7 2 / . -7 2 / . 7 2 mod .",
    ": square dup * ; : cube dup square * ; 5 square . 3 cube .",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact .",
    ": sign dup 0 < if drop .\" negative\" else 0 = if .\" zero\" else .\" positive\" then then ; -5 sign 0 sign 9 sign",
    "1 2 3 .s rot .s swap .s over .s drop drop drop drop .s",
    ": stars 0 do 42 emit loop cr ; 5 stars 3 stars",
    ": table 4 1 do 4 1 do i . loop cr loop ; table",
    "variable total 0 total ! : add-up 11 1 do i total @ + total ! loop ; add-up total @ .",
    ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown",
    ": fib 0 1 rot 0 do over over + rot drop loop drop ; 30 fib . 90 fib .",
    "( comments are ignored ) 3 4 max . 3 4 min . -9 abs . 5 negate .",
    "1 0 /",
    "drop",
    "foo",
    ": broken 1 if 2 ;",
    ": forever forever ; forever",
    "72 emit 105 emit 33 emit cr",
]

for src in PROGRAMS:
    out = []
    vm = Forth(out)
    try:
        vm.run(src)
        status = "ok"
    except StackUnderflow as e:
        status = f"underflow: {e}"
    except ForthError as e:
        status = f"error: {e}"
    text = " ".join(out).replace(" \n ", "\n").replace(" \n", "\n")
    print(f"> {src}")
    print(text.rstrip("\n") if text.strip() else "(no output)", "|", status, "| stack:", vm.stack)
