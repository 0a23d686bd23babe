"""A small Forth interpreter: a data stack, a return-free threaded dictionary of words,
user definitions with : ; , IF ELSE THEN, DO LOOP, BEGIN UNTIL, variables, and errors
reported like a real REPL."""
import operator
from collections import ChainMap


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word):
        super().__init__(f"stack underflow in {word!r}")


class UnknownWord(ForthError):
    def __init__(self, word):
        super().__init__(f"{word} ?")
        self.word = word


class Forth:
    def __init__(self):
        self.stack = []
        self.out = []
        self.memory = {}
        self.builtins = {
            "+": self._binary(operator.add), "-": self._binary(operator.sub),
            "*": self._binary(operator.mul), "/": self._binary(self._floordiv),
            "mod": self._binary(self._mod), "=": self._binary(lambda a, b: -int(a == b)),
            "<": self._binary(lambda a, b: -int(a < b)), ">": self._binary(lambda a, b: -int(a > b)),
            "and": self._binary(operator.and_), "or": self._binary(operator.or_),
            "dup": lambda: self.push(*self.pop_n(1, "dup") * 2),
            "drop": lambda: self.pop_n(1, "drop") and None,
            "swap": lambda: self.push(*reversed(self.pop_n(2, "swap"))),
            "over": lambda: self.push(*(lambda a, b: (a, b, a))(*self.pop_n(2, "over"))),
            "rot": lambda: self.push(*(lambda a, b, c: (b, c, a))(*self.pop_n(3, "rot"))),
            ".": lambda: self.out.append(f"{self.pop_n(1, '.')[0]} "),
            "emit": lambda: self.out.append(chr(self.pop_n(1, "emit")[0])),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + "".join(f"{x} " for x in self.stack)),
            "!": self._store, "@": self._fetch,
        }
        self.user = {}
        self.words = ChainMap(self.user, self.builtins)

    @staticmethod
    def _floordiv(a, b):
        if b == 0:
            raise ForthError("division by zero")
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b >= 0) else -q

    @staticmethod
    def _mod(a, b):
        if b == 0:
            raise ForthError("division by zero")
        return a - b * Forth._floordiv(a, b)

    def _binary(self, fn):
        def run():
            a, b = self.pop_n(2, fn.__name__ if hasattr(fn, "__name__") else "op")
            self.push(fn(a, b))
        return run

    def _store(self):
        value, addr = self.pop_n(2, "!")
        self.memory[addr] = value

    def _fetch(self):
        (addr,) = self.pop_n(1, "@")
        self.push(self.memory.get(addr, 0))

    def push(self, *values):
        self.stack.extend(values)

    def pop_n(self, n, word):
        if len(self.stack) < n:
            raise StackUnderflow(word)
        values = self.stack[-n:]
        del self.stack[-n:]
        return values

    def compile(self, tokens):
        """Turns tokens into a nested program: ('if', then, else), ('do', body), ('until', body)."""
        program = []
        while tokens:
            tok = tokens.pop(0)
            low = tok.lower()
            if low == "if":
                then, else_, stop = self._until(tokens, ("else", "then"))
                if stop == "else":
                    else_, _, _ = self._until(tokens, ("then",))
                    program.append(("if", then[0], else_[0]))
                else:
                    program.append(("if", then[0], []))
            elif low == "do":
                body, _, _ = self._until(tokens, ("loop",))
                program.append(("do", body[0]))
            elif low == "begin":
                body, _, _ = self._until(tokens, ("until",))
                program.append(("until", body[0]))
            elif low in ("else", "then", "loop", "until"):
                raise ForthError(f"unexpected {tok}")
            else:
                program.append(tok)
        return program

    def _until(self, tokens, stops):
        depth, body = 0, []
        openers = {"if": "then", "do": "loop", "begin": "until"}
        stack = []
        while tokens:
            tok = tokens.pop(0)
            low = tok.lower()
            if low in openers:
                stack.append(openers[low])
            elif stack and low == stack[-1]:
                stack.pop()
            elif not stack and low in stops:
                return [self.compile(body)], None, low
            body.append(tok)
        raise ForthError(f"missing {' or '.join(stops)}")

    def run(self, program, loop_index=None):
        for item in program:
            if isinstance(item, tuple):
                kind = item[0]
                if kind == "if":
                    (flag,) = self.pop_n(1, "if")
                    self.run(item[1] if flag else item[2], loop_index)
                elif kind == "do":
                    start, limit = reversed(self.pop_n(2, "do"))
                    for i in range(start, limit):
                        self.run(item[1], i)
                elif kind == "until":
                    while True:
                        self.run(item[1], loop_index)
                        (flag,) = self.pop_n(1, "until")
                        if flag:
                            break
                continue
            low = item.lower()
            if low == "i":
                if loop_index is None:
                    raise ForthError("i outside a loop")
                self.push(loop_index)
            elif low in self.words:
                word = self.words[low]
                if callable(word):
                    word()
                else:
                    self.run(word, loop_index)
            else:
                try:
                    self.push(int(item, 0))
                except ValueError:
                    raise UnknownWord(item) from None

    def eval(self, line):
        tokens = line.split()
        if "(" in tokens:
            a = tokens.index("(")
            b = tokens.index(")", a)
            del tokens[a:b + 1]
        if tokens and tokens[0] == ":":
            if tokens[-1] != ";":
                raise ForthError("missing ;")
            name = tokens[1].lower()
            if name.lstrip("-").isdigit():
                raise ForthError("cannot redefine a number")
            body = self.compile(tokens[2:-1])
            self.user[name] = body
            return
        if tokens and tokens[0].lower() == "variable":
            addr = 1000 + len(self.memory)
            self.memory[addr] = 0
            self.user[tokens[1].lower()] = lambda a=addr: self.push(a)
            return
        self.run(self.compile(tokens))


SESSION = """\
1 2 + .
: square ( n -- n*n ) dup * ;
: cube dup square * ;
5 square . 3 cube . cr
: fact dup 1 > if dup 1 - fact * then ;
10 fact . 20 fact . cr
: countdown begin dup . 1 - dup 0 = until drop ;
5 countdown cr
: stars 0 do 42 emit loop ;
: triangle 1 + 1 do i stars cr loop ;
4 triangle
: fizz dup 15 mod 0 = if drop 70 emit 66 emit else dup 3 mod 0 = if drop 70 emit else dup 5 mod 0 = if drop 66 emit else . then then then 32 emit ;
: fizzbuzz 1 + 1 do i fizz loop ;
15 fizzbuzz cr
variable counter
7 counter ! counter @ 3 * .
-7 2 / . -7 2 mod . 7 -2 / . cr
1 2 3 rot .s cr
swap over .s cr
drop drop drop drop
: + * ;
3 4 + . cr
frobnicate
1 0 /
: broken if ;
: 42 ;
i
: neg 0 swap - ;
10 neg . 0x1F . cr
"""

forth = Forth()
for n, line in enumerate(SESSION.splitlines(), 1):
    try:
        forth.eval(line)
        status = "ok"
    except ForthError as e:
        status = f"error: {e}"
        forth.stack.clear()
    text = "".join(forth.out)
    forth.out.clear()
    print(f"{n:>2}> {line[:44]:<44} | {text!r} {status}")
print(sorted(forth.user), len(forth.words), forth.memory)
print(isinstance(UnknownWord("x"), ForthError), StackUnderflow("dup").args)
