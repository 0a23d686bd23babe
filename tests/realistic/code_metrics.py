"""Source metrics for a Python snippet: tokens with tokenize, structure with
ast (functions, complexity, nesting), and a few lint warnings."""
import ast
import io
import keyword
import tokenize
from collections import Counter

SOURCE = '''\
"""Module doc."""
import os, sys
from math import *

CONSTANT = 10

def compute(values, *, scale=1.0, cache={}):
    """Compute something."""
    total = 0
    for v in values:
        if v > CONSTANT and v % 2 == 0:
            total += v * scale
        elif v < 0:
            try:
                total -= abs(v)
            except Exception:
                pass
        else:
            while v:
                v //= 2
    return total

class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self, verbose=False):
        kind = type(self).__name__
        return f"{kind} with area {self.area():.2f}" if verbose else kind

async def fetch(url):
    return [c for c in url if c not in "aeiou" or c == "a"]

lambda_ = lambda x: x == None
'''


class Complexity(ast.NodeVisitor):
    BRANCHES = (ast.If, ast.For, ast.While, ast.Try, ast.ExceptHandler, ast.IfExp,
                ast.comprehension, ast.BoolOp, ast.AsyncFor)

    def __init__(self):
        self.results = {}
        self.stack = []

    def visit_FunctionDef(self, node):
        self.stack.append(node.name)
        score = 1 + sum(isinstance(n, self.BRANCHES) for n in ast.walk(node))
        depth = max_depth(node)
        self.results[".".join(self.stack)] = (score, depth, node.lineno, node.end_lineno)
        self.generic_visit(node)
        self.stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()


def max_depth(node, depth=0):
    blocks = (ast.If, ast.For, ast.While, ast.Try, ast.With)
    child_depths = [max_depth(c, depth + isinstance(c, blocks)) for c in ast.iter_child_nodes(node)]
    return max(child_depths, default=depth)


def lint(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            yield node.lineno, "W401", f"wildcard import from {node.module}"
        elif isinstance(node, ast.Import) and len(node.names) > 1:
            yield node.lineno, "E401", "multiple imports on one line"
        elif isinstance(node, ast.ExceptHandler) and isinstance(node.type, ast.Name) and node.type.id == "Exception":
            body = node.body
            if len(body) == 1 and isinstance(body[0], ast.Pass):
                yield node.lineno, "W702", "exception silently ignored"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for d in node.args.defaults + node.args.kw_defaults:
                if isinstance(d, (ast.Dict, ast.List, ast.Set)):
                    yield node.lineno, "B006", f"mutable default in {node.name}()"
        elif isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) and right.value is None:
                    yield node.lineno, "E711", "comparison to None"


if __name__ == "__main__":
    tokens = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
    kinds = Counter(tokenize.tok_name[t.type] for t in tokens)
    print(sorted(kinds.items()))
    names = Counter(t.string for t in tokens if t.type == tokenize.NAME)
    kw = Counter({k: v for k, v in names.items() if keyword.iskeyword(k)})
    print(kw.most_common(5))
    print([t.string for t in tokens if t.type == tokenize.OP][:12])
    print(tokens[0], tokens[-1].type == tokenize.ENDMARKER)
    tree = ast.parse(SOURCE)
    print(ast.get_docstring(tree), [type(n).__name__ for n in tree.body])
    v = Complexity()
    v.visit(tree)
    for name, (score, depth, start, end) in v.results.items():
        print(f"{name:16} complexity {score:2} depth {depth} lines {start}-{end}")
    for line, code, msg in sorted(lint(tree)):
        print(f"line {line:2}: {code} {msg}")
    func = tree.body[4]
    print(ast.unparse(func.args), ast.dump(func.body[2].target))
    print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j}"))
    loc = [l for l in SOURCE.splitlines() if l.strip() and not l.strip().startswith("#")]
    print(len(SOURCE.splitlines()), "lines,", len(loc), "non-blank")
