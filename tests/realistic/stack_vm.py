"""A tiny stack-based VM with an assembler, a disassembler and generator-based tracing."""
from enum import IntEnum
from dataclasses import dataclass
from typing import Generator
import struct
import io


class Op(IntEnum):
    PUSH = 1
    ADD = 2
    SUB = 3
    MUL = 4
    DIV = 5
    DUP = 6
    SWAP = 7
    JZ = 8
    JMP = 9
    PRINT = 10
    HALT = 11
    OVER = 12
    DEC = 13


WITH_ARG = {Op.PUSH, Op.JZ, Op.JMP}


@dataclass(frozen=True)
class Instr:
    op: Op
    arg: int | None = None

    def __str__(self):
        return self.op.name if self.arg is None else f"{self.op.name} {self.arg}"


class VMError(Exception):
    pass


def assemble(source: str) -> bytes:
    labels, lines = {}, []
    for raw in source.splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = sum(5 if Op[l.split()[0].upper()] in WITH_ARG else 1 for l in lines)
            continue
        lines.append(line)
    out = io.BytesIO()
    for line in lines:
        name, *rest = line.split()
        op = Op[name.upper()]
        out.write(bytes([op]))
        if op in WITH_ARG:
            (arg,) = rest
            value = labels[arg] if arg in labels else int(arg, 0)
            out.write(struct.pack("<i", value))
    return out.getvalue()


def decode(code: bytes) -> Generator[tuple[int, Instr], None, None]:
    pc = 0
    while pc < len(code):
        op = Op(code[pc])
        if op in WITH_ARG:
            (arg,) = struct.unpack_from("<i", code, pc + 1)
            yield pc, Instr(op, arg)
            pc += 5
        else:
            yield pc, Instr(op)
            pc += 1


def run(code: bytes, limit=10_000):
    table = dict(decode(code))
    stack, pc, steps, output = [], 0, 0, []
    binops = {Op.ADD: int.__add__, Op.SUB: int.__sub__, Op.MUL: int.__mul__, Op.DIV: int.__floordiv__}
    while True:
        steps += 1
        if steps > limit:
            raise VMError(f"step limit {limit} exceeded at pc={pc}")
        try:
            ins = table[pc]
        except KeyError:
            raise VMError(f"bad jump target {pc}") from None
        nxt = pc + (5 if ins.op in WITH_ARG else 1)
        try:
            match ins.op:
                case Op.PUSH:
                    stack.append(ins.arg)
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV:
                    b, a = stack.pop(), stack.pop()
                    stack.append(binops[ins.op](a, b))
                case Op.DUP:
                    stack.append(stack[-1])
                case Op.OVER:
                    stack.append(stack[-2])
                case Op.SWAP:
                    stack[-1], stack[-2] = stack[-2], stack[-1]
                case Op.DEC:
                    stack[-1] -= 1
                case Op.JZ:
                    if stack.pop() == 0:
                        nxt = ins.arg
                case Op.JMP:
                    nxt = ins.arg
                case Op.PRINT:
                    output.append(stack.pop())
                case Op.HALT:
                    return output, steps
        except IndexError:
            raise VMError(f"stack underflow at {pc}: {ins}") from None
        except ZeroDivisionError as e:
            raise VMError(f"{e} at {pc}") from e
        pc = nxt


FACTORIAL = """
    push 1      ; acc
    push 10     ; n
loop:
    dup
    jz done
    dup         ; acc n n
    swap        ; acc n n -> fine, keeps order
    over        ; acc n n n
    jmp mul
mul:
    swap
    dec
    swap
    ; stack: acc n n-1 n
    push 0
    add
    swap
    jmp step
step:
    ; acc n n-1 -> rotate so acc*n, n-1
    swap
    jmp fold
fold:
    push 0
    add
    jmp finish_iter
finish_iter:
    ; simple approach: drop extra by arithmetic
    sub
    jmp again
again:
    halt
done:
    print
    print
    halt
"""

COUNTDOWN = """
    push 5
top:
    dup
    print
    dec
    dup
    jz end
    jmp top
end:
    halt
"""

SQUARES = """
    push 1
next:
    dup
    dup
    mul
    print
    push 1
    add
    dup
    push 8
    sub
    jz stop
    jmp next
stop:
    halt
"""

for name, src in [("countdown", COUNTDOWN), ("squares", SQUARES)]:
    code = assemble(src)
    print(f"{name}: {len(code)} bytes {code[:12].hex()}")
    for pc, ins in decode(code):
        print(f"  {pc:04x}  {ins}")
    out, steps = run(code)
    print(f"  -> {out} in {steps} steps")

bad_programs = {
    "underflow": "add\nhalt",
    "divzero": "push 1\npush 0\ndiv\nhalt",
    "loop": "top:\njmp top",
    "badjump": "push 0\njz 3\nhalt",
}
for name, src in bad_programs.items():
    try:
        run(assemble(src), limit=50)
    except VMError as e:
        cause = f" (cause: {e.__cause__!r})" if e.__cause__ else ""
        print(f"{name}: VMError: {e}{cause}")
try:
    assemble("frob 1")
except KeyError as e:
    print("KeyError:", e)
print(sorted(Op, key=lambda o: o.name)[:4], Op.PUSH | 0x10, Op(3).name, Instr(Op.PUSH, 2) == Instr(Op.PUSH, 2))
