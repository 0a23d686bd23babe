"""A lexer for a small configuration language built from one master regular
expression with named groups, reporting line and column of errors, followed
by a parser that turns the tokens into nested dictionaries."""

import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    value: object
    line: int
    col: int


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line, self.col = line, col


TOKEN_SPEC = [
    ("COMMENT", r"\#[^\n]*"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("FLOAT", r"-?\d+\.\d*(?:[eE][-+]?\d+)?"),
    ("INT", r"-?\d+"),
    ("BOOL", r"\b(?:true|false)\b"),
    ("STRING", r'"(?:[^"\\\n]|\\.)*"'),
    ("DURATION", r"\d+(?:ms|s|m|h)\b"),
    ("NAME", r"[A-Za-z_][\w.-]*"),
    ("OP", r"[=\[\]{},]"),
    ("MISMATCH", r"."),
]
# DURATION must win over INT: reorder so it comes first.
TOKEN_SPEC.insert(3, TOKEN_SPEC.pop(7))
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def tokenize(text):
    line, line_start = 1, 0
    for m in MASTER.finditer(text):
        kind, raw = m.lastgroup, m.group()
        col = m.start() - line_start + 1
        if kind == "NEWLINE":
            yield Token("NEWLINE", "\\n", line, col)
            line += 1
            line_start = m.end()
            continue
        if kind in ("SKIP", "COMMENT"):
            continue
        if kind == "MISMATCH":
            raise LexError(f"unexpected character {raw!r}", line, col)
        if kind == "INT":
            value = int(raw)
        elif kind == "FLOAT":
            value = float(raw)
        elif kind == "BOOL":
            value = raw == "true"
        elif kind == "STRING":
            value = re.sub(r"\\(.)", lambda e: ESCAPES.get(e.group(1), e.group(1)), raw[1:-1])
        elif kind == "DURATION":
            num, unit = re.fullmatch(r"(\d+)(ms|s|m|h)", raw).groups()
            value = int(num) * UNITS[unit]
        else:
            value = raw
        yield Token(kind, value, line, col)
    yield Token("EOF", None, line, len(text) - line_start + 1)


class Parser:
    def __init__(self, tokens):
        self.tokens = [t for t in tokens]
        self.pos = 0

    def peek(self, skip_newlines=True):
        while skip_newlines and self.tokens[self.pos].kind == "NEWLINE":
            self.pos += 1
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok.kind != kind) or (value and tok.value != value):
            want = value or kind
            raise SyntaxError(f"expected {want} but found {tok.kind} {tok.value!r} at {tok.line}:{tok.col}")
        self.pos += 1
        return tok

    def document(self):
        result = {}
        while self.peek().kind != "EOF":
            self.assignment(result)
        return result

    def assignment(self, into):
        key = self.take("NAME").value
        self.take("OP", "=")
        value = self.value()
        node = into
        *parents, last = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        if last in node:
            raise KeyError(f"duplicate key {key!r}")
        node[last] = value

    def value(self):
        tok = self.peek()
        if tok.kind == "OP" and tok.value == "[":
            self.take()
            items = []
            while not (self.peek().kind == "OP" and self.peek().value == "]"):
                items.append(self.value())
                if self.peek().value == ",":
                    self.take()
            self.take("OP", "]")
            return items
        if tok.kind == "OP" and tok.value == "{":
            self.take()
            table = {}
            while not (self.peek().kind == "OP" and self.peek().value == "}"):
                self.assignment(table)
                if self.peek().value == ",":
                    self.take()
            self.take("OP", "}")
            return table
        if tok.kind in ("INT", "FLOAT", "BOOL", "STRING", "DURATION", "NAME"):
            self.pos += 1
            return tok.value
        raise SyntaxError(f"unexpected {tok.kind} {tok.value!r} at {tok.line}:{tok.col}")


SOURCE = '''
# service configuration
name = "billing-api"
server.port = 8080
server.timeout = 1500ms
server.retry = { attempts = 3, backoff = 2s, jitter = 0.25 }
features = [ "invoices", "refunds",
             "exports" ]   # trailing comment
debug = false
owner = ops-team
motd = "Line one\\nLine \\"two\\""
ratio = 1.5e-3
'''

tokens = list(tokenize(SOURCE))
print(len(tokens), "tokens; kinds:", sorted({t.kind for t in tokens}))
for t in tokens[:8]:
    print(" ", t)
config = Parser(tokens).document()
import json
print(json.dumps(config, indent=2))
print(config["motd"])

for bad in ['x = 3 @ 4', 'a = "unterminated', 'a = [1, 2', 'a = 1\na = 2', 'a.b = 1\nc = = 2']:
    try:
        Parser(tokenize(bad)).document()
    except (LexError, SyntaxError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")

print([m.lastgroup for m in MASTER.finditer("10s 10 1.0 x")])
print(re.sub(r"(?P<n>\d+)ms", lambda m: f"{int(m['n']) / 1000}s", "wait 250ms then 1500ms"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(MASTER.groupindex["NAME"], len(MASTER.groupindex), bool(re.match(r"^\d+$", "123\n")), re.fullmatch(r"\d+", "123\n"))
