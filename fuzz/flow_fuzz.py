"""Control-flow differential fuzzer: random functions built of nested statements, run
under minipy and CPython; any difference in stdout or exit status is a finding.

    python3 fuzz/flow_fuzz.py --seed 1 --count 300
    python3 fuzz/flow_fuzz.py --time 1800 --minipy target/release/minipy

Where diff_fuzz.py varies expressions, this varies the shape of the code: `if` / `elif` /
`else`, `for` and `while` loops with `else`, `break` and `continue`, `try` / `except` /
`else` / `finally`, `with` blocks that suppress or not, `raise`, `return` at any depth,
`pass` anywhere, comprehensions, and generators. Every statement records where control
went (it appends a number to a list the function returns), so a jump that lands one
instruction off shows as a different path. Each function is called with a few
arguments, and each call is reported on its own line. Findings are written to --out
(default /tmp/minipy-flow) reduced to the functions that still differ.
"""

import os
import random

from diff_fuzz import differs, fuzz, run

PRELUDE = '''\
class CM:
    def __init__(self, t, k, swallow):
        self.t, self.k, self.swallow = t, k, swallow
    def __enter__(self):
        self.t.append(('enter', self.k))
        return self.k
    def __exit__(self, typ, val, tb):
        self.t.append(('exit', self.k, typ.__name__ if typ else None))
        return self.swallow
def sub(n):
    for k in range(n):
        x = yield ('sub', k)
    return ('sub done', n)
def report(f, *args):
    try:
        r = f(*args)
        if hasattr(r, '__next__'):
            r = list(r)
        print(f.__name__, args, r)
    except Exception as e:
        print(f.__name__, args, 'raised', type(e).__name__, e)
'''

STEP = '# step\n'


class FlowGen:
    """Writes one function per step. `loops` counts the loops around the statement
    being written (break / continue need one), `names` the loop variables in scope."""

    def __init__(self, rng):
        self.r = rng
        self.mark = 0
        self.whiles = 0

    def pick(self, items):
        return self.r.choice(items)

    def next_mark(self):
        self.mark += 1
        return self.mark

    def cond(self, names):
        v = self.pick(names + ['n', 'a'])
        k = self.r.randint(0, 3)
        forms = ['%s > %d' % (v, k), '%s == %d' % (v, k), '%s %% 2 == 0' % v,
                 'not %s' % v, '%s in (%d, %d)' % (v, k, k + 2), '%s in {1, 3}' % v,
                 '%s < %d and a >= 0' % (v, k), '%s or n > 2' % v, 'True', 'False',
                 '%s is None' % v, '%s != %d' % (v, k), '(%s & 1)' % v]
        c = self.pick(forms)
        if self.r.random() < 0.15:
            c = 'not (%s)' % c
        # Short-circuit chains: each `and` / `or` is a jump of its own.
        r = self.r.random()
        if r < 0.2:
            c = '(%s) %s (%s)' % (c, self.pick(['and', 'or']), self.cond(names))
        elif r < 0.25:
            c = '(%s if %s else %s)' % (c, self.cond(names), self.cond(names))
        elif r < 0.28:
            c = '(a := a + 1) > %d' % self.r.randint(0, 4)
        elif r < 0.31:
            c = '0 <= %s < %d' % (self.pick(names + ['n', 'a']), self.r.randint(1, 4))
        elif r < 0.35:
            # Longer chains, locals in the middle, and `in` / `is` links.
            pool = names + ['n', 'a']
            links = [self.pick(['<', '<=', '==', '!=', '>', '>=', 'is not', 'in'])
                     for _ in range(self.r.randint(2, 3))]
            c = self.pick(pool)
            for op in links:
                right = '(0, 1, 2)' if op == 'in' else self.pick(pool + ['1', '2'])
                c += ' %s %s' % (op, right)
                if op == 'in':
                    break
        return c

    def block(self, ind, depth, loops, names, gen):
        n = self.r.randint(1, 3)
        return ''.join(self.stmt(ind, depth, loops, names, gen) for _ in range(n))

    def stmt(self, ind, depth, loops, names, gen):
        p = ' ' * ind
        r = self.r.random()
        deep = depth >= 3
        if deep or r < 0.22:
            return self.simple(p, loops, names, gen)
        if r < 0.40:
            s = '%sif %s:\n%s' % (p, self.cond(names),
                                 self.block(ind + 4, depth + 1, loops, names, gen))
            for _ in range(self.r.randint(0, 2)):
                s += '%selif %s:\n%s' % (p, self.cond(names),
                                        self.block(ind + 4, depth + 1, loops, names, gen))
            if self.r.random() < 0.4:
                s += '%selse:\n%s' % (p, self.block(ind + 4, depth + 1, loops, names, gen))
            return s
        if r < 0.55:
            v = 'v%d' % depth
            s = '%sfor %s in range(%s):\n%s' % (
                p, v, self.pick(['n', '3', '0', '1', 'n + 1', '2']),
                self.block(ind + 4, depth + 1, loops + 1, names + [v], gen))
            if self.r.random() < 0.3:
                s += '%selse:\n%s' % (p, self.block(ind + 4, depth + 1, loops, names, gen))
            return s
        if r < 0.65:
            # The counter goes up first, so `continue` cannot loop forever.
            self.whiles += 1
            w = 'w%d' % self.whiles
            s = '%s%s = 0\n%swhile %s < %s:\n%s    %s += 1\n%s' % (
                p, w, p, w, self.pick(['n', '3', '2']), p, w,
                self.block(ind + 4, depth + 1, loops + 1, names + [w], gen))
            if self.r.random() < 0.3:
                s += '%selse:\n%s' % (p, self.block(ind + 4, depth + 1, loops, names, gen))
            return s
        if r < 0.82:
            s = '%stry:\n%s' % (p, self.block(ind + 4, depth + 1, loops, names, gen))
            kind = self.r.randint(0, 3)
            if kind != 3:
                s += '%sexcept %s:\n%s' % (
                    p, self.pick(['ValueError', 'Exception', '(KeyError, ValueError)',
                                  'ZeroDivisionError as e']),
                    self.block(ind + 4, depth + 1, loops, names, gen))
                if self.r.random() < 0.3:
                    s += '%selse:\n%s' % (p, self.block(ind + 4, depth + 1, loops, names,
                                                        gen))
            if kind >= 2:
                s += '%sfinally:\n%s' % (p, self.block(ind + 4, depth + 1, loops, names, gen))
            return s
        if r < 0.86:
            # A match on the loop variable, n or a.
            s = '%smatch %s:\n' % (p, self.pick(names + ['n', 'a', '(n, a)', '[n, a]']))
            cases = ['%d' % self.r.randint(0, 3), '1 | 2', '(0, _)', '[x, *rest]',
                     'int(x) if x > 1', '_', 'x if %s' % self.cond(names)]
            chosen = self.r.sample(cases, self.r.randint(1, 3))
            # A wildcard that is not last is a SyntaxError.
            chosen.sort(key=lambda c: c == '_')
            for c in chosen:
                s += '%s    case %s:\n%s' % (p, c, self.block(ind + 8, depth + 1, loops,
                                                               names, gen))
            return s
        if r < 0.92:
            k = self.next_mark()
            return '%swith CM(t, %d, %s):\n%s' % (
                p, k, self.pick(['True', 'False']),
                self.block(ind + 4, depth + 1, loops, names, gen))
        k = self.next_mark()
        return '%st.extend([%s for u in range(%s) if %s])\n' % (
            p, self.pick(['u', 'u * %d' % k, '(u, a)']), self.pick(['n', '3']),
            self.cond(['u']))

    def simple(self, p, loops, names, gen):
        k = self.next_mark()
        choices = ['mark', 'mark', 'mark', 'pass', 'assign', 'raise', 'return', 'closure',
                   'assert']
        if loops:
            choices += ['break', 'continue', 'break', 'continue']
        if gen:
            choices += ['yield', 'yield']
        c = self.pick(choices)
        guard = '%sif %s: ' % (p, self.cond(names)) if self.r.random() < 0.6 else p
        if c == 'mark':
            return '%st.append(%d)\n' % (p, k)
        if c == 'pass':
            return '%spass\n' % guard
        if c == 'assign':
            if self.r.random() < 0.3:
                return '%sa = %d if %s else %s\n' % (p, k, self.cond(names),
                                                    self.pick(['a', 'n', '-1']))
            return '%sa %s %s\n' % (p, self.pick(['+=', '-=', '=', '*=']),
                                    self.pick(['1', '2', 'n', str(k)] + names))
        if c == 'raise':
            exc = self.pick(['ValueError(%d)' % k, 'KeyError(%d)' % k,
                             'ZeroDivisionError(%d)' % k])
            return '%sraise %s\n' % (guard, exc)
        if c == 'return':
            return '%sreturn %s\n' % (guard, 'None' if gen else '(t, a, %d)' % k)
        if c == 'yield':
            if self.r.random() < 0.3:
                return '%st.append((yield from sub(%s)))\n' % (p, self.pick(['n', '2', '0']))
            return '%syield (%d, a)\n' % (guard, k)
        if c == 'closure':
            # A nested function that rebinds `a` of this frame through a cell.
            return ('%sdef inner%d(d):\n%s    nonlocal a\n%s    a += d\n'
                    '%s    return a if %s else -a\n%st.append(inner%d(%d))\n'
                    % (p, k, p, p, p, self.cond([]), p, k, k % 5))
        if c == 'assert':
            return '%sassert %s, %d\n' % (p, self.cond(names), k)
        return '%s%s\n' % (guard, c)

    def step(self, i):
        gen = self.r.random() < 0.2
        body = self.block(4, 0, 0, [], gen)
        tail = '' if gen else '    return (t, a)\n'
        head = '    t = []\n    a = 0\n' if not gen else '    t = []\n    a = 0\n    yield t\n'
        return '%sdef f%d(n):\n%s%s%sfor arg in (0, 1, 2, 3):\n    report(f%d, arg)\n' % (
            STEP, i, head, body, tail, i)


def program(seed, steps):
    g = FlowGen(random.Random(seed))
    return PRELUDE + ''.join(g.step(i) for i in range(steps))


def reduce(src, python, minipy, args):
    """The prelude and only the functions whose removal makes the difference go away."""
    head, *steps = src.split(STEP)
    keep = list(steps)
    path = os.path.join(args.out, 'reduce.py')
    for step in list(steps):
        trial = [s for s in keep if s is not step]
        with open(path, 'w') as f:
            f.write(head + ''.join(STEP + s for s in trial))
        want = run(python, path, args.timeout)
        if want[0] != 'timeout' and differs(want, run(minipy, path, args.timeout)):
            keep = trial
    return head + ''.join(STEP + s for s in keep)


def main():
    fuzz(__doc__, program, reduce, steps=12, out='/tmp/minipy-flow')


if __name__ == '__main__':
    main()
