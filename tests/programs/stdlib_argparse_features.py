# argparse: parents, argument files, FileType, set_defaults, custom types and
# registries, existing namespaces, sub-command errors and nested help.
import argparse
import io
import os
import sys
import tempfile
import warnings


def attempt(parser, args, **kwargs):
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        try:
            result = parser.parse_args(args, **kwargs)
        except SystemExit as e:
            result = 'exit %s' % e.code
        except (argparse.ArgumentError, TypeError, ValueError) as e:
            result = '%s: %s' % (type(e).__name__, e)
        out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stdout, sys.stderr = saved
    shown = [arg.replace(tmp, '<tmp>') for arg in args]
    print(shown, '->', result)
    for label, text in (('out', out), ('err', err)):
        for line in text.splitlines():
            print('   ', label, '|', line.replace(tmp, '<tmp>'))


tmp = tempfile.mkdtemp()

# Parents: arguments, groups and defaults are copied.
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='app.ini')
shared = base.add_argument_group('shared', 'Options every tool has.')
shared.add_argument('--log-level', choices=['debug', 'info'], default='info')
only = base.add_mutually_exclusive_group()
only.add_argument('--fast', action='store_true')
only.add_argument('--safe', action='store_true')
base.set_defaults(origin='base')
tool = argparse.ArgumentParser(prog='tool', parents=[base], description='Uses %(prog)s.')
tool.add_argument('target')
tool.print_help()
attempt(tool, ['t', '--log-level', 'debug', '--fast'])
attempt(tool, ['t', '--fast', '--safe'])
print(tool.get_default('origin'), tool.get_default('config'), tool.get_default('missing'))
try:
    argparse.ArgumentParser(parents=[base, base])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

# Argument files, including one that names another.
inner = os.path.join(tmp, 'inner.txt')
outer = os.path.join(tmp, 'outer.txt')
with open(inner, 'w') as f:
    f.write('--count\n3\n')
with open(outer, 'w') as f:
    f.write('first\n@' + inner + '\n')
files = argparse.ArgumentParser(prog='files', fromfile_prefix_chars='@')
files.add_argument('name')
files.add_argument('--count', type=int)
attempt(files, ['@' + outer])
attempt(files, ['@' + os.path.join(tmp, 'missing.txt')])


class SpaceSplitting(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with open(inner, 'w') as f:
    f.write('--count 7 later\n')
split = SpaceSplitting(prog='split', fromfile_prefix_chars='@')
split.add_argument('--count', type=int)
split.add_argument('rest', nargs='*')
attempt(split, ['@' + inner, 'x'])

# FileType
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('src', type=argparse.FileType('r', encoding='utf-8'))
ft.add_argument('--out', type=argparse.FileType('w'))
ns = ft.parse_args([inner, '--out', '-'])
print(ns.src.read().strip(), ns.out is sys.stdout)
ns.src.close()
attempt(ft, [os.path.join(tmp, 'nope', 'x.txt')])
print(argparse.FileType(), argparse.FileType('rb', 0), argparse.FileType('w', encoding='latin-1', errors='strict'))
print(argparse.FileType('r')('-') is sys.stdin)
try:
    argparse.FileType('q')('-')
except ValueError as e:
    print('ValueError:', e)
try:
    ft.add_argument('--bad', type=argparse.FileType)
except ValueError as e:
    print('ValueError:', str(e).replace('argparse.', ''))
os.remove(inner)
os.remove(outer)
os.rmdir(tmp)

# Registries and an existing namespace.
reg = argparse.ArgumentParser(prog='reg')
reg.register('type', 'hex', lambda s: int(s, 16))
reg.register('action', 'upper', type('Upper', (argparse.Action,), {
    '__call__': lambda self, p, ns, v, o=None: setattr(ns, self.dest, v.upper())}))
reg.add_argument('--num', type='hex', default='ff')
reg.add_argument('--word', action='upper')
attempt(reg, ['--word', 'hi'])
attempt(reg, ['--num', 'zz'])
ns = argparse.Namespace(num=1, extra='kept')
attempt(reg, ['--word', 'x'], namespace=ns)
print(ns)

# Sub-commands: unknown names, aliases, required, exit_on_error, nesting.
top = argparse.ArgumentParser(prog='top', exit_on_error=False)
subs = top.add_subparsers()
run = subs.add_parser('run', aliases=['r'], help='run things')
run.add_argument('--speed', type=int, default=1)
inner_subs = run.add_subparsers(dest='what', title='targets', required=True)
inner_subs.add_parser('fast', help='quickly').add_argument('n', type=int)
subs.add_parser('stop')
attempt(top, ['run', 'fast', '3'])
attempt(top, ['r', '--speed', '2', 'fast', '1', 'extra'])
attempt(top, ['walk'])
attempt(top, ['run'])
attempt(top, ['run', 'fast', 'x'])
attempt(top, [])
top.print_help()
run.print_help()
try:
    subs.add_parser('run')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    subs.add_parser('go', aliases=['stop'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
attempt(top, ['--unknown'])
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    top.add_subparsers()
except SystemExit as e:
    print('exit', e.code, repr(sys.stderr.getvalue()))
sys.stderr = saved

named = argparse.ArgumentParser(prog='named')
named_subs = named.add_subparsers(required=True)
named_subs.add_parser('a')
named_subs.add_parser('b')
attempt(named, [])

# Deprecated nesting warns.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    group = tool.add_argument_group('outer')
    group.add_argument_group('inner')
    mutex = tool.add_mutually_exclusive_group()
    mutex.add_mutually_exclusive_group()
print([(w.category.__name__, str(w.message)) for w in caught])

# Odds and ends.
print(argparse.ArgumentError(None, 'plain message'))
print(repr(tool).replace('argparse.', ''))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1) == {'a': 1})
v = argparse.ArgumentParser(prog='v', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
v.add_argument('-V', action='version', version='%(prog)s version 1.2.3 with a long text that wraps')
attempt(v, ['-V'])
u = argparse.ArgumentParser(prog='u', usage=argparse.SUPPRESS, add_help=False)
u.add_argument('x')
attempt(u, [])
print(repr(u.format_help()))
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+')
plus.add_argument('+v', action='count', default=0)
print(plus.format_help())
attempt(plus, ['+vv', '+v'])
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('n', nargs='?')
attempt(neg, ['-1'])
attempt(neg, ['-2'])
