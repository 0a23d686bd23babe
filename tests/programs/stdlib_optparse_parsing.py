# optparse: parse_args with every action (store, store_const, store_true,
# store_false, append, append_const, count, callback), the types (string, int
# with 0x/0b/0 prefixes, float, complex, choice), nargs, defaults and
# set_defaults, interspersed arguments, '--', abbreviations of long options,
# clusters of short options, Values, and the errors raised while parsing.
import os
import sys
import io
import optparse
from optparse import OptionParser, make_option, Values

os.environ['COLUMNS'] = '80'


def parser_with_everything():
    p = OptionParser(prog='tool')
    p.add_option('-f', '--file', dest='filename', help='write to FILE', metavar='FILE')
    p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True)
    p.add_option('-v', '--verbose', action='store_true')
    p.add_option('-n', type='int', dest='num')
    p.add_option('--ratio', type='float', default='0.5')
    p.add_option('--cplx', type='complex')
    p.add_option('-c', '--choice', choices=['red', 'green', 'blue'])
    p.add_option('-a', '--add', action='append', dest='items')
    p.add_option('--const', action='store_const', const=42)
    p.add_option('--app', action='append_const', const='x', dest='consts')
    p.add_option('-V', action='count', dest='level')
    p.add_option('--point', type='int', nargs=2)
    p.add_option('--long-name-option', dest=None)
    return p


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    status = None
    result = None
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        status = e.code
    finally:
        sys.stdout, sys.stderr = saved
    if result is not None:
        options, rest = result
        print(args, '->', sorted(vars(options).items(), key=lambda kv: kv[0]), rest)
    else:
        print(args, '-> exit', status)
    if out.getvalue():
        print('  stdout:', repr(out.getvalue()))
    if err.getvalue():
        print('  stderr:', repr(err.getvalue()))


p = parser_with_everything()
run(p, [])
run(p, ['-f', 'out.txt', 'a', 'b'])
run(p, ['--file=x', '--file', 'y', '-fz'])
run(p, ['-qv', '-n', '10', '-n0x1f', '--ratio', '2.5'])
run(p, ['-n', '0b101', '-V', '-VV', '--cplx', '1+2j'])
run(p, ['-n', '017', '--choice', 'green', '-cblue'])
run(p, ['-a', '1', '--add=2', '-a3', '--const', '--app', '--app'])
run(p, ['--point', '3', '4', 'rest', '--', '-n', '5'])
run(p, ['--fi', 'abbrev', '--ver', '--long', 'x'])
run(p, ['-', 'pos', '-v', 'pos2'])
run(p, ['--long-name-option=val'])
run(p, ['-n', '-5', '--ratio=-1e3', '-n', ' 7 '])

# Errors.
for args in [['-x'], ['--nosuch'], ['--'], ['-f'], ['--file'], ['--point', '1'],
             ['-n', 'abc'], ['-n', '1.5'], ['--ratio', 'x'], ['--cplx', 'j j'],
             ['-c', 'purple'], ['--verbose=yes'], ['--const=1'], ['--c'],
             ['-vx'], ['-n', '08'], ['-n', '0x'], ['-n', '0b2']]:
    run(p, args)

# Interspersed arguments.
p = OptionParser()
p.add_option('-v', action='store_true')
run(p, ['a', '-v', 'b'])
p.disable_interspersed_args()
run(p, ['a', '-v', 'b'])
run(p, ['-v', 'a', '-v'])
p.enable_interspersed_args()
run(p, ['a', '-v', 'b'])
print(p.allow_interspersed_args)

# Defaults.
p = OptionParser()
p.add_option('-n', type='int', default='5')
p.add_option('-m', type='int', default=7)
p.add_option('-s', default=None)
p.add_option('-t')
p.set_defaults(t='from set_defaults', extra=1)
p.set_default('s', 'set_default')
run(p, [])
print(sorted(p.defaults.items()))
values = p.get_default_values()
print(type(values).__name__, str(values) == str(vars(values)), values.n, values.extra)
p.set_process_default_values(False)
print(p.get_default_values().n)
p.set_defaults(n='abc')
p.set_process_default_values(True)
try:
    p.get_default_values()
except optparse.OptionValueError as e:
    print('OptionValueError', e)

# Values given to parse_args are updated in place.
p = OptionParser()
p.add_option('-x', type='int')
v = Values({'x': 1, 'y': 2})
opts, rest = p.parse_args(['-x', '3', 'z'], values=v)
print(opts is v, v.x, v.y, rest)
print(Values() == Values(), Values({'a': 1}) == {'a': 1}, Values({'a': 1}) == Values({'a': 2}))
print(Values({'a': 1}).__eq__(5), str(Values({'b': [1]})))
v = Values()
print(v.ensure_value('lst', []), v.ensure_value('lst', [9]), v.ensure_value('n', 0))
v._update_loose({'loose': 1})
v._update_careful({'loose': 2, 'unknown': 3, 'n': None})
print(sorted(vars(v).items()))
try:
    v._update({}, 'bogus')
except ValueError as e:
    print('ValueError', e)

# Arguments given as a tuple are copied into a list; the original is kept.
args = ['-x', '1', 'y']
p.parse_args(args)
print(args, p.largs, p.rargs, p.values.x)
sys.argv = ['prog', '-x', '9', 'arg']
print(p.parse_args()[1], p.parse_args()[0].x)

# Callbacks.
def record(option, opt_str, value, parser, *args, **kwargs):
    print('  callback', option.dest, opt_str, repr(value), args, sorted(kwargs.items()),
          parser.largs, parser.rargs)
    setattr(parser.values, option.dest or 'cb', value)


def vararg(option, opt_str, value, parser):
    collected = []
    while parser.rargs and not parser.rargs[0].startswith('-'):
        collected.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, collected)


def complain(option, opt_str, value, parser):
    raise optparse.OptionValueError('%s is not allowed here' % opt_str)


p = OptionParser()
p.add_option('-c', action='callback', callback=record)
p.add_option('--typed', action='callback', callback=record, type='int', dest='typed')
p.add_option('--args', action='callback', callback=record, callback_args=(1, 2),
             callback_kwargs={'k': 'v'})
p.add_option('--pair', action='callback', callback=record, type='string', nargs=2)
p.add_option('--many', action='callback', callback=vararg, dest='many')
p.add_option('--bad', action='callback', callback=complain)
run(p, ['first', '-c', '--typed', '5', '--args', 'x'])
run(p, ['--pair', 'a', 'b', '--many', '1', '2', '3', '-c'])
run(p, ['--typed', 'q'])
run(p, ['--bad'])

# A parser with add_help_option=False treats -h as unknown.
p = OptionParser(add_help_option=False, prog='nohelp')
run(p, ['-h'])
run(p, ['--help'])

# Ambiguous long options.
p = OptionParser(prog='amb')
p.add_option('--verbose', action='store_true')
p.add_option('--version-info', action='store_true')
p.add_option('--value')
run(p, ['--ver'])
run(p, ['--v'])
run(p, ['--va', '1'])
run(p, ['--verbose'])

# Errors from parsing print the usage to stderr and exit with status 2.
p = OptionParser(usage='%prog [-x] FILE', prog='custom')
p.add_option('-x', type='int')
run(p, ['-x', 'y'])
p = OptionParser(usage=optparse.SUPPRESS_USAGE, prog='nousage')
p.add_option('-x', type='int')
run(p, ['-x'])
p = OptionParser(prog='err')
run(p, [])
try:
    sys.stderr, saved = io.StringIO(), sys.stderr
    p.error('custom message')
except SystemExit as e:
    message = sys.stderr.getvalue()
    sys.stderr = saved
    print('error():', e.code, repr(message))
try:
    sys.stderr, saved = io.StringIO(), sys.stderr
    p.exit(3, 'bye\n')
except SystemExit as e:
    message = sys.stderr.getvalue()
    sys.stderr = saved
    print('exit():', e.code, repr(message))
try:
    p.exit()
except SystemExit as e:
    print('exit() default:', e.code)
