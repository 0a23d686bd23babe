"""A small expression calculator: tokenizer, recursive-descent parser, evaluator."""

import math
import operator as op
from collections import namedtuple

Token = namedtuple("Token", ["kind", "text", "pos"])

OPERATORS = {
    "+": (1, op.add, "left"),
    "-": (1, op.sub, "left"),
    "*": (2, op.mul, "left"),
    "/": (2, op.truediv, "left"),
    "%": (2, op.mod, "left"),
    "^": (3, op.pow, "right"),
}

FUNCTIONS = {name: getattr(math, name) for name in ("sin", "cos", "sqrt", "log", "exp")}


class CalcError(Exception):
    """Raised for any problem with the input."""

    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        where = f" at position {self.pos}" if self.pos is not None else ""
        return f"{self.args[0]}{where}"


def tokenize(text):
    i = 0
    tokens = []
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(text) and (text[i].isdigit() or (text[i] == "." and not seen_dot)):
                seen_dot = seen_dot or text[i] == "."
                i += 1
            tokens.append(Token("num", text[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("name", text[start:i], start))
        elif ch in OPERATORS or ch in "(),":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(text)))
    return tokens


class Parser:
    def __init__(self, tokens, variables=None):
        self.tokens = tokens
        self.index = 0
        self.variables = dict(variables or {})

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        tok = self.tokens[self.index]
        self.index += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise CalcError(f"expected {text!r}, got {tok.text!r}", tok.pos)
        return tok

    def parse(self):
        value = self.expression(0)
        if self.current.kind != "end":
            raise CalcError("trailing input", self.current.pos)
        return value

    def expression(self, min_prec):
        left = self.unary()
        while True:
            tok = self.current
            if tok.kind != "op" or tok.text not in OPERATORS:
                break
            prec, func, assoc = OPERATORS[tok.text]
            if prec < min_prec:
                break
            self.advance()
            next_min = prec + 1 if assoc == "left" else prec
            right = self.expression(next_min)
            try:
                left = func(left, right)
            except ZeroDivisionError:
                raise CalcError("division by zero", tok.pos) from None
        return left

    def unary(self):
        if self.current.text == "-":
            self.advance()
            return -self.unary()
        if self.current.text == "+":
            self.advance()
            return +self.unary()
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if self.current.text == "(":
                self.advance()
                args = []
                if self.current.text != ")":
                    args.append(self.expression(0))
                    while self.current.text == ",":
                        self.advance()
                        args.append(self.expression(0))
                self.expect(")")
                try:
                    return FUNCTIONS[tok.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {tok.text}", tok.pos)
            if tok.text in self.variables:
                return self.variables[tok.text]
            raise CalcError(f"unknown variable {tok.text}", tok.pos)
        if tok.text == "(":
            value = self.expression(0)
            self.expect(")")
            return value
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


def evaluate(text, **variables):
    return Parser(tokenize(text), variables).parse()


def repl(lines):
    env = {"pi": math.pi, "e": math.e}
    results = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, expr = line.partition("=")
        if sep and name.strip().isidentifier():
            env[name.strip()] = evaluate(expr, **env)
            results.append((name.strip(), env[name.strip()]))
        else:
            try:
                results.append((None, evaluate(line, **env)))
            except CalcError as exc:
                results.append(("error", str(exc)))
    return results


if __name__ == "__main__":
    for name, value in repl(["x = 2 ^ 3 ^ 2", "x / (1 - 1)", "sqrt(x) + -pi", "# done"]):
        print(f"{name or '_':>6} = {value}")
