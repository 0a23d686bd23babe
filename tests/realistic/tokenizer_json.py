"""A hand-written JSON tokenizer and parser compared with the json module."""
import json


class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
WS = " \t\n\r"


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def skip(self):
        while self.i < len(self.s) and self.s[self.i] in WS:
            self.i += 1

    def peek(self):
        self.skip()
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise JSONError(f"expected {ch!r} got {self.peek()!r}", self.i)
        self.i += 1

    def parse(self):
        v = self.value()
        if self.peek():
            raise JSONError("trailing data", self.i)
        return v

    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        raise JSONError(f"unexpected {c!r}" if c else "unexpected end", self.i)

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            if self.peek() != '"':
                raise JSONError("expected key", self.i)
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out

    def string(self):
        self.expect('"')
        buf = []
        while True:
            if self.i >= len(self.s):
                raise JSONError("unterminated string", self.i)
            ch = self.s[self.i]
            self.i += 1
            if ch == '"':
                return "".join(buf)
            if ch == "\\":
                esc = self.s[self.i]
                self.i += 1
                if esc == "u":
                    code = int(self.s[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    buf.append(chr(code))
                else:
                    buf.append(ESCAPES[esc])
            else:
                buf.append(ch)

    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in ".eE+-"):
            self.i += 1
        text = self.s[start:self.i]
        if any(c in text for c in ".eE"):
            return float(text)
        return int(text)


docs = [
    '{"name": "Widget", "tags": ["a", "b"], "price": 12.50, "stock": null, "ok": true}',
    '[1, -2, 3.5e2, -0.25, 1E-3, 12345678901234567890]',
    '{"nested": {"deeper": {"deepest": [[], {}, [[]]]}}}',
    '"escapes: \\n \\t \\" \\\\ \\u00e9 \\ud83d\\ude03"',
    '  [ true , false , null ]  ',
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    'tru',
    '[1] x',
]
for d in docs:
    try:
        mine = Parser(d).parse()
    except JSONError as e:
        mine = f"error: {e}"
    try:
        ref = json.loads(d)
    except json.JSONDecodeError as e:
        ref = f"error: {e}"
    agree = mine == ref or (isinstance(mine, str) and mine.startswith("error") and isinstance(ref, str) and ref.startswith("error"))
    print(f"{'OK ' if agree else 'BAD'} {mine!r}")
    if isinstance(ref, str) and ref.startswith("error"):
        print("    json:", ref)
obj = Parser(docs[0]).parse()
print(json.dumps(obj, indent=4))
print(json.dumps(obj, separators=(", ", ": "), sort_keys=True))
roundtrip = json.loads(json.dumps(Parser(docs[3]).parse()))
print(roundtrip, len(roundtrip), json.dumps(roundtrip), json.dumps(roundtrip, ensure_ascii=False))
