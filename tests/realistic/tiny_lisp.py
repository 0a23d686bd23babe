"""A tiny Lisp interpreter (after Norvig's lis.py), with a REPL fed from a script."""
import math
import operator as op
from functools import reduce

Symbol = str
Number = (int, float)
List = list


class LispError(Exception):
    pass


def tokenize(chars: str) -> list:
    return chars.replace("(", " ( ").replace(")", " ) ").split()


def parse(program: str):
    return read_from_tokens(tokenize(program))


def read_from_tokens(tokens: list):
    if len(tokens) == 0:
        raise SyntaxError("unexpected EOF")
    token = tokens.pop(0)
    if token == "(":
        L = []
        while tokens and tokens[0] != ")":
            L.append(read_from_tokens(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return L
    elif token == ")":
        raise SyntaxError("unexpected )")
    else:
        return atom(token)


def atom(token: str):
    try:
        return int(token)
    except ValueError:
        try:
            return float(token)
        except ValueError:
            return Symbol(token)


class Env(dict):
    def __init__(self, parms=(), args=(), outer=None):
        super().__init__(zip(parms, args))
        self.outer = outer

    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LispError(f"undefined symbol: {var}")
        return self.outer.find(var)


def standard_env() -> Env:
    env = Env()
    env.update({k: v for k, v in vars(math).items() if not k.startswith("_")})
    env.update({
        "+": lambda *a: sum(a), "-": op.sub, "*": lambda *a: reduce(op.mul, a, 1),
        "/": op.truediv, ">": op.gt, "<": op.lt, ">=": op.ge, "<=": op.le, "=": op.eq,
        "abs": abs, "append": op.add, "apply": lambda proc, args: proc(*args),
        "begin": lambda *x: x[-1], "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda x, y: [x] + y, "eq?": op.is_, "expt": pow, "equal?": op.eq,
        "length": len, "list": lambda *x: List(x), "list?": lambda x: isinstance(x, List),
        "map": lambda f, xs: list(map(f, xs)), "max": max, "min": min, "not": op.not_,
        "null?": lambda x: x == [], "number?": lambda x: isinstance(x, Number),
        "print": print, "procedure?": callable, "round": round,
        "symbol?": lambda x: isinstance(x, Symbol),
    })
    return env


global_env = standard_env()


class Procedure:
    def __init__(self, parms, body, env):
        self.parms, self.body, self.env = parms, body, env

    def __call__(self, *args):
        if len(args) != len(self.parms):
            raise LispError(f"expected {len(self.parms)} args, got {len(args)}")
        return eval_(self.body, Env(self.parms, args, self.env))

    def __repr__(self):
        return f"<lambda ({' '.join(self.parms)})>"


def eval_(x, env=global_env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, List):
            return x
        match x:
            case ["quote", exp]:
                return exp
            case ["if", test, conseq, alt]:
                x = conseq if eval_(test, env) else alt
            case ["define", Symbol() as name, exp]:
                env[name] = eval_(exp, env)
                return None
            case ["set!", name, exp]:
                env.find(name)[name] = eval_(exp, env)
                return None
            case ["lambda", parms, body]:
                return Procedure(parms, body, env)
            case [op_, *args]:
                proc = eval_(op_, env)
                vals = [eval_(arg, env) for arg in args]
                if not callable(proc):
                    raise LispError(f"not a procedure: {lispstr(proc)}")
                return proc(*vals)
            case []:
                raise LispError("empty application")


def lispstr(exp):
    if isinstance(exp, List):
        return "(" + " ".join(map(lispstr, exp)) + ")"
    if isinstance(exp, bool):
        return "#t" if exp else "#f"
    return str(exp)


PROGRAM = """
(define circle-area (lambda (r) (* pi (* r r))))
(circle-area 3)
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 40)
(define count (lambda (item L) (if (null? L) 0 (+ (if (equal? item (car L)) 1 0) (count item (cdr L))))))
(count 0 (list 0 1 2 3 0 0))
(define twice (lambda (x) (* 2 x)))
(define repeat (lambda (f) (lambda (x) (f (f x)))))
((repeat (repeat twice)) 10)
(define fib (lambda (n) (if (< n 2) 1 (+ (fib (- n 1)) (fib (- n 2))))))
(define range (lambda (a b) (if (= a b) (quote ()) (cons a (range (+ a 1) b)))))
(range 0 10)
(map fib (range 0 10))
(list (quote a) 2.5 (= 1 1) (> 1 2))
(sqrt 2)
(expt 2 100)
(/ 7 2)
repeat
(undefined-thing 1)
(3 4)
(fact 1 2)
(+ 1 (quote a))
(define x 1
)
)
(
"""


def repl_lines(src):
    buf = ""
    for line in src.strip().splitlines():
        buf += " " + line
        if buf.count("(") <= buf.count(")"):
            yield buf.strip()
            buf = ""
    if buf:
        yield buf.strip()


for expr in repl_lines(PROGRAM):
    try:
        val = eval_(parse(expr))
    except (LispError, SyntaxError, TypeError) as e:
        print(f"lis.py> {expr}\n  {type(e).__name__}: {e}")
        continue
    if val is not None:
        print(f"lis.py> {expr}\n  {lispstr(val)}")
