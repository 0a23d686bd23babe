"""A small spreadsheet: formulas parsed with re and ast, a dependency graph ordered by graphlib,
recalculation on change and cycle detection."""
import ast
import operator
import re
from graphlib import TopologicalSorter, CycleError

REF = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")
RANGE = re.compile(r"\b([A-Z])([1-9][0-9]?):([A-Z])([1-9][0-9]?)\b")
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg, ast.Mod: operator.mod}
FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs), "ROUND": round,
         "ABS": abs, "COUNT": len}


class FormulaError(Exception):
    pass


def expand_ranges(expr):
    def repl(m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
        return "[" + ", ".join(cells) + "]"
    return RANGE.sub(repl, expr)


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.deps = {}

    def set(self, cell, text):
        self.raw[cell] = text
        if isinstance(text, str) and text.startswith("="):
            expr = expand_ranges(text[1:])
            self.deps[cell] = {f"{c}{r}" for c, r in REF.findall(expr)}
        else:
            self.deps[cell] = set()
        return self.recalc()

    def order(self):
        return list(TopologicalSorter(self.deps).static_order())

    def recalc(self):
        try:
            order = self.order()
        except CycleError as e:
            cycle = e.args[1]
            for c in set(cycle):
                self.values[c] = "#CYCLE"
            return f"cycle: {' -> '.join(cycle)}"
        for cell in order:
            if cell not in self.raw:
                continue
            text = self.raw[cell]
            if isinstance(text, str) and text.startswith("="):
                try:
                    self.values[cell] = self.evaluate(expand_ranges(text[1:]))
                except FormulaError as e:
                    self.values[cell] = f"#ERR({e})"
            else:
                self.values[cell] = text
        return "ok"

    def evaluate(self, expr):
        try:
            tree = ast.parse(expr, mode="eval")
        except SyntaxError as e:
            raise FormulaError(f"syntax: {e.msg}") from None
        return self._eval(tree.body)

    def _eval(self, node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            v = self.values.get(node.id, 0)
            if isinstance(v, str):
                if v.startswith("#"):
                    raise FormulaError(f"{node.id} is {v}")
                raise FormulaError(f"{node.id} is text")
            return v
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            left, right = self._eval(node.left), self._eval(node.right)
            try:
                return OPS[type(node.op)](left, right)
            except ZeroDivisionError:
                raise FormulaError("div0") from None
        if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
            return OPS[type(node.op)](self._eval(node.operand))
        if isinstance(node, ast.List):
            return [self._eval(e) for e in node.elts]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCS:
            args = [self._eval(a) for a in node.args]
            if len(args) == 1 and isinstance(args[0], list) and node.func.id != "ROUND":
                args = args[0]
                return FUNCS[node.func.id](args)
            return FUNCS[node.func.id](*args)
        raise FormulaError(f"unsupported {type(node).__name__}")

    def show(self, cols="ABCD", rows=6):
        print("    " + "".join(f"{c:>12}" for c in cols))
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                if isinstance(v, float):
                    v = f"{v:.2f}"
                cells.append(f"{str(v)[:11]:>12}")
            print(f"{r:>3} " + "".join(cells))


def main():
    s = Sheet()
    data = {"A1": "item", "B1": "qty", "C1": "price", "D1": "total",
            "A2": "pens", "B2": 12, "C2": 0.75, "D2": "=B2*C2",
            "A3": "paper", "B3": 3, "C3": 4.5, "D3": "=B3*C3",
            "A4": "ink", "B4": 2, "C4": 19.99, "D4": "=B4*C4",
            "A5": "sum", "B5": "=SUM(B2:B4)", "D5": "=ROUND(SUM(D2:D4), 2)",
            "A6": "stats", "B6": "=MAX(D2:D4) - MIN(D2:D4)", "C6": "=AVG(C2:C4)", "D6": "=D5 / B5"}
    for cell, value in data.items():
        s.set(cell, value)
    print("evaluation order:", [c for c in s.order() if c.startswith(("B", "D"))])
    s.show()
    print()
    print("change B3 to 10:", s.set("B3", 10))
    s.show()
    print()
    for cell, formula in [("C5", "=D6 * 2 +"), ("C5", "=A2 + 1"), ("C5", "=B2 / (B3 - 10)"),
                          ("C5", "=__import__('os')"), ("C5", "=2 ** 10 % 7 - -3")]:
        s.set(cell, formula)
        print(f"{cell} {formula!r:<22} -> {s.values[cell]}")
    print("cycle:", s.set("A7", "=B7 + 1"), s.set("B7", "=C7"), s.set("C7", "=A7 * 2"))
    print({c: s.values.get(c) for c in ("A7", "B7", "C7")})
    print("break cycle:", s.set("C7", 5), {c: s.values.get(c) for c in ("A7", "B7", "C7")})
    ts = TopologicalSorter({"deploy": {"test", "build"}, "test": {"build"}, "build": {"fetch"}})
    ts.prepare()
    batches = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        batches.append(ready)
        ts.done(*ready)
    print("batches:", batches)


main()
