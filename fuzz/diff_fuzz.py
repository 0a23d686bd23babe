"""Differential fuzzer: random programs inside minipy's Python subset, run under minipy
and CPython; any difference in stdout or exit status is a finding.

    python3 fuzz/diff_fuzz.py --seed 1 --count 500
    python3 fuzz/diff_fuzz.py --time 3600 --minipy target/release/minipy

Each program is a sequence of small independent steps (an expression printed with
repr, an exception reported by type and message), so one difference does not hide
the rest. Findings are written to --out (default /tmp/minipy-fuzz) as NAME.py with
both outputs beside it, reduced to the steps that differ when the difference
survives the reduction. The generator avoids what is nondeterministic in CPython too
(ids, str hashes and so the order of sets of strings, time).
"""

import argparse
import os
import re
import random
import subprocess
import sys
import time

INT_LITERALS = ['0', '1', '-1', '2', '7', '-13', '255', '256', '257', '1000',
                '2**31', '-2**63', '2**64', '10**20', '-(10**30)', '3**40']
FLOAT_LITERALS = ['0.0', '-0.0', '1.5', '-2.25', '1e10', '1e-7', '3.141592653589793',
                  '0.1', '2.5', '1e300', "float('inf')", "float('-inf')", "float('nan')",
                  '123456.789']
STR_LITERALS = ["''", "'a'", "'abc'", "'Hello, World'", "'  padded  '", "'a,b,,c'",
                "'ÄÖü'", "'x' * 5", "'tab\\tsep'", "'MiXeD cAsE'", "'123'", "'-4.5'",
                "'line1\\nline2'", "'é€𝄞'"]
BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^']
CMPOPS = ['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in']
FORMAT_SPECS = ['', 'd', '5d', '<6', '>8', '^9', '+', ',', '_', '.2f', '10.3f', 'e',
                '.3e', 'g', '.4g', '%', '.1%', 'x', '#x', 'o', 'b', '#b', '08.2f', 's',
                '=+8', 'c', 'n', 'X', '.0f', ',.2f']
PERCENT_SPECS = ['%s', '%r', '%d', '%5d', '%-5d', '%x', '%o', '%e', '%.2f', '%g',
                 '%10.4f', '%c', '%a', '%%', '%+d', '%05d']
STR_METHODS = ['upper()', 'lower()', 'title()', 'capitalize()', 'swapcase()',
               'strip()', 'lstrip()', 'rstrip()', "split(',')", 'split()',
               "rsplit(',', 1)", "partition(',')", "rpartition('b')", "replace('a', 'XY')",
               "find('b')", "rfind('a')", "index('a')", "count('a')", "startswith('a')",
               "endswith('c')", 'isdigit()', 'isalpha()', 'isspace()', 'isupper()',
               "center(11, '*')", 'ljust(7)', 'rjust(7)', 'zfill(6)', 'splitlines()',
               "join(['1', '2'])", 'casefold()', "encode()", 'expandtabs(4)',
               "removeprefix('a')", "removesuffix('c')", 'isidentifier()', 'isnumeric()',
               "strip('a')", "split('a', 1)", "format(1, 2)", '__len__()']
LIST_METHODS = ['append(3)', 'pop()', 'pop(0)', 'sort()', 'reverse()', 'index(1)',
                'count(1)', 'copy()', 'clear()', 'insert(1, 9)', 'remove(1)',
                'extend([7, 8])', 'sort(reverse=True)', 'sort(key=abs)']
DICT_METHODS = ["get('a')", "get('z', 0)", 'keys()', 'values()', 'items()',
                "pop('a')", "pop('z', None)", "setdefault('q', [])", 'copy()',
                "update(b=2)", 'popitem()', 'clear()']
SET_OPS = ['|', '&', '-', '^', '<=', '<', '>=', '==']
BUILTINS_1 = ['len', 'sorted', 'min', 'max', 'sum', 'abs', 'round', 'repr', 'str',
              'int', 'float', 'bool', 'list', 'tuple', 'reversed', 'any', 'all',
              'ascii', 'bin', 'hex', 'oct', 'chr', 'ord', 'set', 'enumerate', 'type',
              'divmod', 'hash', 'callable', 'iter', 'next', 'frozenset', 'dict', 'bytes']


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.depth = 0

    def pick(self, items):
        return self.r.choice(items)

    def int_expr(self):
        if self.depth > 2 or self.r.random() < 0.5:
            return self.pick(INT_LITERALS + ['i', 'j'])
        self.depth += 1
        op = self.pick(['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '**'])
        right = self.int_expr()
        if op in ('<<', '**'):
            right = str(self.r.randint(0, 70))
        e = '(%s %s %s)' % (self.int_expr(), op, right)
        self.depth -= 1
        return e

    def float_expr(self):
        if self.depth > 2 or self.r.random() < 0.5:
            return self.pick(FLOAT_LITERALS + ['x'])
        self.depth += 1
        op = self.pick(['+', '-', '*', '/', '//', '%', '**'])
        right = self.float_expr() if op != '**' else self.pick(['2', '0.5', '-1', '3'])
        e = '(%s %s %s)' % (self.float_expr(), op, right)
        self.depth -= 1
        return e

    def str_expr(self):
        if self.depth > 2 or self.r.random() < 0.4:
            return self.pick(STR_LITERALS + ['s'])
        self.depth += 1
        k = self.r.randint(0, 5)
        if k == 0:
            e = '(%s + %s)' % (self.str_expr(), self.str_expr())
        elif k == 1:
            e = '%s[%s:%s:%s]' % (self.str_expr(), self.pick(['', '1', '-2', '0']),
                                 self.pick(['', '3', '-1', '100']),
                                 self.pick(['', '1', '2', '-1']))
        elif k == 2:
            e = "f'{%s:%s}'" % (self.pick([self.int_expr(), self.float_expr()]),
                                self.pick(FORMAT_SPECS))
        elif k == 3:
            e = "(%r %% (%s,))" % (self.pick(PERCENT_SPECS), self.any_expr())
        elif k == 4:
            e = '%s.%s' % (self.str_expr(), self.pick(STR_METHODS))
        else:
            e = 'str(%s)' % self.any_expr()
        self.depth -= 1
        return e

    def list_expr(self):
        k = self.r.randint(0, 4)
        if k == 0:
            return '[%s]' % ', '.join(self.int_expr() for _ in range(self.r.randint(0, 4)))
        if k == 1:
            return '[%s for %s in range(%d) if %s %% %d]' % (
                self.pick(['v', 'v * v', '-v', 'v // 2', 'v ^ 5']), 'v',
                self.r.randint(0, 8), 'v', self.r.randint(1, 3))
        if k == 2:
            return 'list(%s)' % self.pick(['range(5)', '(1, 2)', '{3: 4}',
                                           'reversed([1, 2, 3])', 'map(abs, [-1, 2])',
                                           'zip([1, 2], [3, 4])', 'enumerate([7, 8])'])
        if k == 3:
            return 'L'
        return '%s[%s:%s]' % (self.pick(['L', '[5, 6, 7, 8]']), self.pick(['', '1', '-1']),
                              self.pick(['', '2', '-2', '9']))

    def dict_expr(self):
        return self.pick(["{'a': 1, 'b': [2]}", 'D', '{i: i * i for i in range(4)}',
                          "dict(zip('abc', range(3)))", "{**D, 'c': 3}", '{}',
                          "dict.fromkeys('xy', 0)"])

    def set_expr(self):
        return self.pick(['{1, 2, 3}', 'S', 'set(range(4))', 'frozenset({2, 5})',
                          '{v % 3 for v in range(9)}', 'set()'])

    def any_expr(self):
        k = self.r.randint(0, 9)
        if k <= 2:
            return self.int_expr()
        if k == 3:
            return self.float_expr()
        if k == 4:
            return self.str_expr()
        if k == 5:
            return self.list_expr()
        if k == 6:
            return self.dict_expr()
        if k == 7:
            return self.set_expr()
        if k == 8:
            return self.pick(['None', 'True', 'False', '(1, "a", None)', '()',
                              'b"bytes"', "bytearray(b'ab')", 'range(2, 9, 3)',
                              'slice(1, 5)', 'O', 'P(1, 2)', 'P(3, 4) + P(1, 1)'])
        return self.call_expr()

    def call_expr(self):
        k = self.r.randint(0, 6)
        if k == 0:
            f = self.pick(BUILTINS_1)
            # The hash of a str (and so the order of a set holding one) changes from
            # run to run in CPython: hash and build sets of ints only.
            arg = self.int_expr() if f == 'hash' else (
                self.list_expr() if f in ('set', 'frozenset') else self.any_expr())
            return '%s(%s)' % (f, arg)
        if k == 1:
            return '%s.%s' % (self.list_expr(), self.pick(LIST_METHODS))
        if k == 2:
            return '%s.%s' % (self.dict_expr(), self.pick(DICT_METHODS))
        if k == 3:
            return '(%s %s %s)' % (self.set_expr(), self.pick(SET_OPS), self.set_expr())
        if k == 4:
            return '(%s %s %s)' % (self.any_expr(), self.pick(CMPOPS), self.any_expr())
        if k == 5:
            return '(%s %s %s)' % (self.any_expr(), self.pick(BINOPS), self.any_expr())
        return self.pick(['sorted(%s, key=%s)' % (self.list_expr(), 'lambda q: -q'),
                          'max(%s, default=0)' % self.list_expr(),
                          'sum(v for v in %s)' % self.list_expr(),
                          'list(gen(%d))' % self.r.randint(0, 5),
                          'closure()(%s)' % self.int_expr(),
                          'round(%s, %d)' % (self.float_expr(), self.r.randint(-2, 4)),
                          'divmod(%s, %s)' % (self.int_expr(), self.int_expr()),
                          'int(%s, %d)' % (self.pick(["'ff'", "'101'", "'-z'", "' 12 '"]),
                                           self.pick([0, 2, 16, 36])),
                          'float(%s)' % self.pick(["'1e5'", "' -3.5 '", "'nan'", "'x'"]),
                          'pow(%s, %s, %s)' % (self.int_expr(), self.r.randint(-1, 9),
                                              self.int_expr())])

    def step(self):
        k = self.r.randint(0, 9)
        if k <= 5:
            body = '    print(repr(%s))' % self.any_expr()
        elif k == 6:
            body = '    %s = %s' % (self.pick(['i', 'j']), self.int_expr())
        elif k == 7:
            body = '    s = %s' % self.str_expr()
        elif k == 8:
            body = '    L = %s' % self.list_expr()
        else:
            body = '    x = %s' % self.float_expr()
        return ('try:\n%s\nexcept Exception as e:\n'
                '    print(type(e).__name__, e)\n' % body)


PRELUDE = '''\
i, j, x, s = 5, -3, 2.5, 'abc'
L = [1, 2, 3]
D = {'a': 1, 'b': 2}
S = {1, 5, 9}
O = object.__new__(type('O', (), {'__repr__': lambda self: 'O()'}))
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __add__(self, other):
        return P(self.a + other.a, self.b + other.b)
    def __eq__(self, other):
        return isinstance(other, P) and (self.a, self.b) == (other.a, other.b)
    def __lt__(self, other):
        return (self.a, self.b) < (other.a, other.b)
    def __repr__(self):
        return 'P(%r, %r)' % (self.a, self.b)
    def __len__(self):
        return abs(self.a)
    def __iter__(self):
        yield self.a
        yield self.b
    __hash__ = None
def gen(n):
    for k in range(n):
        if k == 3:
            return
        yield k * 2
def closure():
    acc = []
    def add(v):
        acc.append(v)
        return sum(acc)
    return add
'''


def program(seed, steps):
    g = Gen(random.Random(seed))
    return PRELUDE + ''.join(g.step() for _ in range(steps))


def run(cmd, path, timeout):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 'timeout', b'', b''


# Object addresses in reprs (`<reversed object at 0x7f...>`) differ between any two runs.
ADDRESS = re.compile(rb'0x[0-9a-f]{6,}')


def differs(a, b):
    return a[0] != b[0] or ADDRESS.sub(b'0xADDR', a[1]) != ADDRESS.sub(b'0xADDR', b[1])


def main():
    fuzz(__doc__, program, reduce, steps=40, out='/tmp/minipy-fuzz')


def fuzz(doc, make_program, reduce_program, steps, out):
    """The command line and loop both fuzzers share: programs from consecutive seeds,
    each run under CPython and minipy; a difference is saved, reduced, and reported."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument('--seed', type=int, default=int(time.time()))
    ap.add_argument('--count', type=int, default=200)
    ap.add_argument('--time', type=float, default=0, help='run for this many seconds')
    ap.add_argument('--steps', type=int, default=steps)
    ap.add_argument('--minipy', default='target/release/minipy')
    ap.add_argument('--python', default='python3')
    ap.add_argument('--out', default=out)
    ap.add_argument('--timeout', type=float, default=10)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    minipy = [args.minipy, '--max-heap', '256M']
    python = [args.python]
    end = time.time() + args.time if args.time else None
    found = 0
    n = 0
    while (end is None and n < args.count) or (end is not None and time.time() < end):
        seed = args.seed + n
        n += 1
        src = make_program(seed, args.steps)
        path = os.path.join(args.out, 'current.py')
        with open(path, 'w') as f:
            f.write(src)
        want = run(python, path, args.timeout)
        got = run(minipy, path, args.timeout)
        if want[0] == 'timeout' or not differs(want, got):
            continue
        found += 1
        name = os.path.join(args.out, 'seed%d' % seed)
        with open(name + '.py', 'w') as f:
            f.write(reduce_program(src, python, minipy, args))
        with open(name + '.txt', 'w') as f:
            f.write('python exit %s\n%s\nminipy exit %s\n%s\nminipy stderr:\n%s\n' % (
                want[0], want[1].decode(errors='replace'), got[0],
                got[1].decode(errors='replace'), got[2].decode(errors='replace')[-3000:]))
        print('finding: %s.py (python exit %s, minipy exit %s)' % (name, want[0], got[0]),
              flush=True)
    print('%d programs, %d findings (seeds %d..%d)' % (n, found, args.seed, args.seed + n - 1))


def reduce(src, python, minipy, args):
    """The prelude and only the steps whose removal makes the difference go away."""
    head, _, rest = src.partition("try:\n")
    steps = ['try:\n' + s for s in ("try:\n" + rest).split('try:\n') if s]
    keep = list(steps)
    path = os.path.join(args.out, 'reduce.py')
    for step in list(steps):
        trial = [s for s in keep if s is not step]
        with open(path, 'w') as f:
            f.write(head + ''.join(trial))
        want = run(python, path, args.timeout)
        if want[0] != 'timeout' and differs(want, run(minipy, path, args.timeout)):
            keep = trial
    return head + ''.join(keep)


if __name__ == '__main__':
    main()
