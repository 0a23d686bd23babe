"""A tiny language: tokenizer (re.Scanner), Pratt-free recursive parser, bytecode, VM."""
import re
from collections import namedtuple
from dataclasses import dataclass, field
from enum import IntEnum, auto

Tok = namedtuple("Tok", "kind text")

scanner = re.Scanner([
    (r"\s+", None),
    (r"#[^\n]*", None),
    (r"\d+", lambda s, t: Tok("NUM", int(t))),
    (r"(?:let|print|while|if|else|end|fn|return)\b", lambda s, t: Tok(t.upper(), t)),
    (r"[A-Za-z_]\w*", lambda s, t: Tok("NAME", t)),
    (r"==|!=|<=|>=|[-+*/%<>=(),;]", lambda s, t: Tok("OP", t)),
])


class Op(IntEnum):
    PUSH = auto()
    LOAD = auto()
    STORE = auto()
    BIN = auto()
    PRINT = auto()
    JMP = auto()
    JZ = auto()
    CALL = auto()
    RET = auto()
    POP = auto()


@dataclass
class Code:
    name: str
    params: list = field(default_factory=list)
    ops: list = field(default_factory=list)

    def emit(self, op, arg=None):
        self.ops.append((op, arg))
        return len(self.ops) - 1

    def dis(self):
        lines = [f"code {self.name}({', '.join(self.params)}):"]
        for i, (op, arg) in enumerate(self.ops):
            lines.append(f"  {i:3d} {op.name:<6}{'' if arg is None else repr(arg)}")
        return "\n".join(lines)


PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
        self.funcs = {}

    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else Tok("EOF", "")

    def take(self, text=None):
        t = self.peek()
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r}, got {t.text!r} at token {self.i}")
        self.i += 1
        return t

    def block(self, code, *enders):
        while self.peek().kind not in enders and self.peek().kind != "EOF":
            self.statement(code)

    def statement(self, code):
        t = self.peek()
        if t.kind == "LET":
            self.take()
            name = self.take().text
            self.take("=")
            self.expr(code)
            code.emit(Op.STORE, name)
        elif t.kind == "PRINT":
            self.take()
            n = 1
            self.expr(code)
            while self.peek().text == ",":
                self.take()
                self.expr(code)
                n += 1
            code.emit(Op.PRINT, n)
        elif t.kind == "WHILE":
            self.take()
            top = len(code.ops)
            self.expr(code)
            jz = code.emit(Op.JZ, None)
            self.block(code, "END")
            self.take("end")
            code.emit(Op.JMP, top)
            code.ops[jz] = (Op.JZ, len(code.ops))
        elif t.kind == "IF":
            self.take()
            self.expr(code)
            jz = code.emit(Op.JZ, None)
            self.block(code, "ELSE", "END")
            if self.peek().kind == "ELSE":
                self.take()
                jmp = code.emit(Op.JMP, None)
                code.ops[jz] = (Op.JZ, len(code.ops))
                self.block(code, "END")
                code.ops[jmp] = (Op.JMP, len(code.ops))
            else:
                code.ops[jz] = (Op.JZ, len(code.ops))
            self.take("end")
        elif t.kind == "FN":
            self.take()
            name = self.take().text
            self.take("(")
            params = []
            while self.peek().text != ")":
                params.append(self.take().text)
                if self.peek().text == ",":
                    self.take()
            self.take(")")
            fn = Code(name, params)
            self.funcs[name] = fn
            self.block(fn, "END")
            self.take("end")
            fn.emit(Op.PUSH, 0)
            fn.emit(Op.RET)
        elif t.kind == "RETURN":
            self.take()
            self.expr(code)
            code.emit(Op.RET)
        else:
            self.expr(code)
            code.emit(Op.POP)
        if self.peek().text == ";":
            self.take()

    def expr(self, code, min_prec=1):
        self.atom(code)
        while self.peek().kind == "OP" and PREC.get(self.peek().text, 0) >= min_prec:
            op = self.take().text
            self.expr(code, PREC[op] + 1)
            code.emit(Op.BIN, op)

    def atom(self, code):
        t = self.take()
        if t.kind == "NUM":
            code.emit(Op.PUSH, t.text)
        elif t.kind == "NAME" and self.peek().text == "(":
            self.take("(")
            argc = 0
            while self.peek().text != ")":
                self.expr(code)
                argc += 1
                if self.peek().text == ",":
                    self.take()
            self.take(")")
            code.emit(Op.CALL, (t.text, argc))
        elif t.kind == "NAME":
            code.emit(Op.LOAD, t.text)
        elif t.text == "(":
            self.expr(code)
            self.take(")")
        elif t.text == "-":
            code.emit(Op.PUSH, 0)
            self.atom(code)
            code.emit(Op.BIN, "-")
        else:
            raise SyntaxError(f"unexpected {t.text!r}")


BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b, "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
}


class VM:
    def __init__(self, funcs, out):
        self.funcs = funcs
        self.out = out
        self.steps = 0
        self.max_depth = 0

    def run(self, code, env, depth=0):
        self.max_depth = max(self.max_depth, depth)
        if depth > 200:
            raise RecursionError("toy stack overflow")
        stack = []
        pc = 0
        while pc < len(code.ops):
            op, arg = code.ops[pc]
            pc += 1
            self.steps += 1
            match op:
                case Op.PUSH:
                    stack.append(arg)
                case Op.LOAD:
                    try:
                        stack.append(env[arg])
                    except KeyError:
                        raise NameError(f"undefined variable {arg!r}") from None
                case Op.STORE:
                    env[arg] = stack.pop()
                case Op.BIN:
                    b, a = stack.pop(), stack.pop()
                    stack.append(BINOPS[arg](a, b))
                case Op.PRINT:
                    vals = stack[-arg:]
                    del stack[-arg:]
                    self.out.append(" ".join(map(str, vals)))
                case Op.JMP:
                    pc = arg
                case Op.JZ:
                    if not stack.pop():
                        pc = arg
                case Op.CALL:
                    name, argc = arg
                    fn = self.funcs[name]
                    args = stack[len(stack) - argc:]
                    del stack[len(stack) - argc:]
                    stack.append(self.run(fn, dict(zip(fn.params, args)), depth + 1))
                case Op.RET:
                    return stack.pop()
                case Op.POP:
                    stack.pop()
        return None


PROGRAM = """
# factorial and fibonacci
fn fact(n) if n <= 1 return 1 end return n * fact(n - 1) end
fn fib(n) let a = 0; let b = 1; while n > 0 let t = b; let b = a + b; let a = t; let n = n - 1 end return a end
fn gcd(a, b) while b != 0 let t = a % b; let a = b; let b = t end return a end
let i = 0
while i < 6
  print i, fact(i), fib(i * 5)
  let i = i + 1
end
print fact(30)
print gcd(1071, 462), gcd(17, 5), -7 / 2, -7 % 3
let total = 0; let k = 1
while k <= 100 if k % 3 == 0 let total = total + k else if k % 5 == 0 let total = total + k end end let k = k + 1 end
print total
fn deep(n) if n == 0 return 0 end return 1 + deep(n - 1) end
print deep(150)
"""

toks, rest = scanner.scan(PROGRAM)
print(len(toks), "tokens; leftover:", repr(rest))
print(toks[:6])
parser = Parser(toks)
main = Code("<main>")
parser.block(main)
print(parser.funcs["gcd"].dis())
out = []
vm = VM(parser.funcs, out)
vm.run(main, {})
print("\n".join(out))
print("steps:", vm.steps, "max depth:", vm.max_depth)

for bad in ["print 1 +", "let = 3", "print x", "fn f() return f() end f()", "print 1 $ 2"]:
    toks, rest = scanner.scan(bad)
    try:
        p = Parser(toks)
        c = Code("<bad>")
        p.block(c)
        if rest:
            raise SyntaxError(f"cannot tokenize {rest!r}")
        VM(p.funcs, out := []).run(c, {})
        print("ran:", out)
    except (SyntaxError, NameError, RecursionError, IndexError) as e:
        print(f"{bad!r:32} -> {type(e).__name__}: {e}")
