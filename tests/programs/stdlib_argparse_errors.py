import argparse
import io
import sys

def run(parser, args):
    saved = sys.stderr, sys.stdout
    sys.stderr = io.StringIO()
    sys.stdout = io.StringIO()
    try:
        result = parser.parse_args(args)
        code = None
    except SystemExit as e:
        result = None
        code = e.code
    err = sys.stderr.getvalue()
    out = sys.stdout.getvalue()
    sys.stderr, sys.stdout = saved
    print('args:', args, 'exit:', code, 'result:', result)
    if out:
        print('stdout:', out, end='')
    if err:
        print('stderr:', err, end='')

p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('-n', type=int)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--two', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--version', action='version', version='prog 2.5')
p.add_argument('--verbose', action='store_true')
run(p, [])
run(p, ['s', '-n', 'x'])
run(p, ['s', '--mode', 'c'])
run(p, ['s', '--two', '1'])
run(p, ['s', '--plus'])
run(p, ['s', '-n'])
run(p, ['s', 'extra', '--unknown'])
run(p, ['s', '--ver'])
run(p, ['s', '--flag=1'])
run(p, ['--version'])
run(p, ['-h'])

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
t = argparse.ArgumentParser(prog='t')
t.add_argument('x', type=positive)
m = t.add_mutually_exclusive_group()
m.add_argument('--on', action='store_true')
m.add_argument('--off', action='store_true')
run(t, ['5', '--on'])
run(t, ['-3'])
run(t, ['0'])
run(t, ['1', '--on', '--off'])
r = argparse.ArgumentParser(prog='r')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
run(r, [])

e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'z'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)

for bad in [lambda: p.add_argument('--flag'),
            lambda: p.add_argument('x', required=True),
            lambda: p.add_argument('bad', dest='other'),
            lambda: p.add_argument('--s', action='store', nargs=0),
            lambda: p.add_argument('--k', type='int'),
            lambda: p.add_argument('--z', action='nope'),
            lambda: p.add_argument('+x'),
            lambda: p.add_argument('--c', const=1),
            lambda: p.add_argument('--m', nargs=2, metavar=('A', 'B', 'C')),
            lambda: m.add_argument('y')]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as err:
        print(type(err).__name__ + ':', err)

c = argparse.ArgumentParser(prog='c', conflict_handler='resolve')
c.add_argument('-x', '--ex', help='old')
c.add_argument('-x', help='new')
c.print_help()

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    p.error('custom problem')
except SystemExit as ex:
    print('exit', ex.code, repr(sys.stderr.getvalue()))
sys.stderr = io.StringIO()
try:
    p.exit(3, 'bye\n')
except SystemExit as ex:
    print('exit', ex.code, repr(sys.stderr.getvalue()))
sys.stderr = saved
