"""A small style checker built on tokenize and ast: long lines, trailing
whitespace, tabs, missing docstrings, unused imports, shadowed builtins,
bare excepts, mutable default arguments and comparison to None."""
import ast
import builtins
import io
import tokenize
from collections import defaultdict

SOURCE = '''\
import os, sys
import json
from collections import OrderedDict as OD, defaultdict

def load(path, cache={}):
    if path in cache:   
        return cache[path]
    try:
        with open(path) as f:
            data = json.load(f)
    except:
        data = None
    cache[path] = data
    return data

class Registry:
    def __init__(self):
        self.items = OD()

    def add(self, name, list=None):
        """Add a thing."""
        if list == None:
            list = []
        self.items[name] = list  # a very long comment that goes on and on and on past the limit
        return len(self.items)

def helper(x): return x if x != None else 0

def tabbed():
\treturn sys.argv
'''

MAX_LINE = 79


def token_checks(source):
    problems = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT):
            line = tok.line.rstrip("\n")
            row = tok.start[0]
            if tok.type != tokenize.COMMENT:
                if len(line) > MAX_LINE:
                    problems.append((row, MAX_LINE, "E501", f"line too long ({len(line)} > {MAX_LINE})"))
                if line != line.rstrip():
                    problems.append((row, len(line.rstrip()), "W291", "trailing whitespace"))
        if tok.type == tokenize.INDENT and "\t" in tok.string:
            problems.append((tok.start[0], 0, "W191", "indentation contains tabs"))
        if tok.type == tokenize.OP and tok.string in ("==", "!="):
            problems.append(("cmp", tok.start, tok.string))
    return problems


class Visitor(ast.NodeVisitor):
    def __init__(self):
        self.problems = []
        self.imported = {}
        self.used = set()

    def add(self, node, code, msg):
        self.problems.append((node.lineno, node.col_offset, code, msg))

    def visit_Import(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name.split(".")[0]] = node
        if len(node.names) > 1:
            self.add(node, "E401", "multiple imports on one line")

    def visit_ImportFrom(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name] = node

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.used.add(node.id)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        if not ast.get_docstring(node) and not node.name.startswith("_"):
            self.add(node, "D103", f"missing docstring in function {node.name!r}")
        for arg, default in zip(node.args.args[::-1], node.args.defaults[::-1]):
            if isinstance(default, (ast.List, ast.Dict, ast.Set)):
                self.add(default, "B006", f"mutable default for argument {arg.arg!r}")
        for arg in node.args.args:
            if arg.arg in dir(builtins):
                self.add(arg, "A002", f"argument {arg.arg!r} shadows a builtin")
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        if not ast.get_docstring(node):
            self.add(node, "D101", f"missing docstring in class {node.name!r}")
        self.generic_visit(node)

    def visit_ExceptHandler(self, node):
        if node.type is None:
            self.add(node, "E722", "do not use bare 'except'")
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(right, ast.Constant) and right.value is None and \
                    isinstance(op, (ast.Eq, ast.NotEq)):
                word = "is" if isinstance(op, ast.Eq) else "is not"
                self.add(node, "E711", f"comparison to None should be '{word} None'")
        self.generic_visit(node)


def check(source):
    try:
        problems = [p for p in token_checks(source) if p[0] != "cmp"]
    except tokenize.TokenError as e:
        problems = [(e.args[1][0], e.args[1][1], "E902", f"TokenError: {e.args[0]}")]
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        return problems + [(e.lineno, e.offset, "E999", f"SyntaxError: {e.msg}")]
    v = Visitor()
    v.visit(tree)
    for name, node in v.imported.items():
        if name not in v.used:
            v.add(node, "F401", f"{name!r} imported but unused")
    return sorted(problems + v.problems)


by_code = defaultdict(int)
for row, col, code, msg in check(SOURCE):
    by_code[code] += 1
    print(f"example.py:{row}:{col + 1}: {code} {msg}")
print(dict(sorted(by_code.items())))
bad = "def f(:\n    pass\n"
print(check(bad))
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n        a\n    b\n").readline))
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno, e.offset, repr(e.text))
