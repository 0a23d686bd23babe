"""An assembler and virtual machine for a tiny register machine (teaching example)."""
import re
from collections import namedtuple
from enum import Enum, unique

Instr = namedtuple("Instr", "op args line")


@unique
class Op(Enum):
    MOV = "mov"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    JMP = "jmp"
    JZ = "jz"
    JNZ = "jnz"
    CALL = "call"
    RET = "ret"
    PUSH = "push"
    POP = "pop"
    OUT = "out"
    HALT = "halt"

    def __str__(self):
        return self.value.upper()


class AsmError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class VMError(RuntimeError):
    pass


TOKEN = re.compile(r"""
    \s*(?:
      (?P<label>[A-Za-z_]\w*):      |
      (?P<word>[A-Za-z_]\w*)        |
      (?P<num>-?\d+)                |
      (?P<comma>,)                  |
      (?P<comment>;.*)
    )""", re.VERBOSE)


def assemble(source):
    program, labels = [], {}
    for lineno, raw in enumerate(source.splitlines(), 1):
        pos, words = 0, []
        raw = raw.rstrip()
        while pos < len(raw):
            m = TOKEN.match(raw, pos)
            if not m or m.end() == pos:
                raise AsmError(lineno, f"unexpected character {raw[pos:].strip()[:1]!r}")
            pos = m.end()
            kind = m.lastgroup
            if kind == "label":
                labels[m.group("label")] = len(program)
            elif kind in ("word", "num"):
                words.append(m.group(kind))
        if not words:
            continue
        try:
            op = Op(words[0].lower())
        except ValueError:
            raise AsmError(lineno, f"unknown mnemonic {words[0]!r}") from None
        program.append(Instr(op, words[1:], lineno))
    return [resolve(i, labels) for i in program]


def resolve(ins, labels):
    args = []
    for a in ins.args:
        if ins.op in (Op.JMP, Op.JZ, Op.JNZ, Op.CALL) and a == ins.args[-1]:
            if a not in labels:
                raise AsmError(ins.line, f"undefined label {a}")
            args.append(labels[a])
        else:
            args.append(int(a) if a.lstrip("-").isdigit() else a)
    return ins._replace(args=tuple(args))


class Machine:
    def __init__(self, program, trace=False):
        self.program = program
        self.regs = dict.fromkeys("abcd", 0)
        self.stack = []
        self.out = []
        self.pc = 0
        self.steps = 0
        self.trace = trace

    def val(self, x):
        return self.regs[x] if isinstance(x, str) else x

    def run(self, limit=10_000):
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit:,} exceeded at pc={self.pc}")
            ins = self.program[self.pc]
            if self.trace:
                print(f"  {self.pc:03d} {ins.op!s:<5}{', '.join(map(str, ins.args)):<10} {self.regs}")
            self.pc += 1
            match ins.op, ins.args:
                case Op.MOV, (r, x):
                    self.regs[r] = self.val(x)
                case (Op.ADD | Op.SUB | Op.MUL | Op.DIV) as op, (r, x):
                    a, b = self.regs[r], self.val(x)
                    if op is Op.DIV and b == 0:
                        raise VMError(f"division by zero on line {ins.line}")
                    self.regs[r] = {Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b,
                                    Op.DIV: a // b if b else 0}[op]
                case Op.JMP, (t,):
                    self.pc = t
                case Op.JZ, (r, t):
                    if self.regs[r] == 0:
                        self.pc = t
                case Op.JNZ, (r, t):
                    if self.regs[r] != 0:
                        self.pc = t
                case Op.CALL, (t,):
                    self.stack.append(self.pc)
                    self.pc = t
                case Op.RET, ():
                    if not self.stack:
                        raise VMError("return with empty stack")
                    self.pc = self.stack.pop()
                case Op.PUSH, (x,):
                    self.stack.append(self.val(x))
                case Op.POP, (r,):
                    self.regs[r] = self.stack.pop()
                case Op.OUT, (x,):
                    self.out.append(self.val(x))
                case Op.HALT, ():
                    break
                case op, args:
                    raise VMError(f"bad operands for {op}: {args!r}")
        return self.out


FACTORIAL = """
    mov a, 1        ; accumulator
    mov b, 10
loop:
    mul a, b
    sub b, 1
    jnz b, loop
    out a
    halt
"""

FIB = """
    mov a, 0
    mov b, 1
    mov c, 15
next: out a
    push b
    add b, a
    pop a
    sub c, 1
    jnz c, next
"""

CALLS = """
    mov a, 3
    call square
    out a
    call square
    out a
    halt
square:
    mul a, a
    ret
"""

for name, src in [("factorial", FACTORIAL), ("fib", FIB), ("calls", CALLS)]:
    prog = assemble(src)
    m = Machine(prog, trace=(name == "calls"))
    print(f"{name}: {m.run()} in {m.steps} steps")

for bad in ["mov a, 1\nfoo b", "jmp nowhere", "mov a, 5\ndiv a, 0", "x: jmp x", "mov a, $3", "ret", "add a"]:
    try:
        print(Machine(assemble(bad)).run(limit=50))
    except (AsmError, VMError) as e:
        print(f"{type(e).__name__}: {e}")
print([str(o) for o in Op][:5], Op("halt"), Op.MOV.name, len(Op.__members__))
