# optparse: option declarations, parsing, callbacks, errors and generated help.
import io
import os
import sys
from optparse import (OptionParser, OptionGroup, Option, make_option, Values,
                      OptionValueError, OptionError, OptionConflictError,
                      TitledHelpFormatter, IndentedHelpFormatter, SUPPRESS_HELP,
                      SUPPRESS_USAGE, BadOptionError)
import optparse

os.environ['COLUMNS'] = '80'


def run(parser, args):
    """Parse args; report what went to stdout / stderr on exit."""
    saved = sys.stderr
    sys.stderr = err = io.StringIO()
    try:
        opts, rest = parser.parse_args(args)
        print('values:', sorted(vars(opts).items()), 'args:', rest)
    except SystemExit as e:
        print('exit', e.code)
        print(err.getvalue(), end='')
    finally:
        sys.stderr = saved


def record(option, opt_str, value, parser, *args, **kwargs):
    print('callback', option, opt_str, value, args, kwargs, parser.rargs, parser.largs)
    parser.values.seen = (parser.values.seen or []) + [opt_str]


p = OptionParser(usage='%prog [options] FILE...', version='%prog 1.2', prog='tool',
                 description='Process some files. The description is long enough that it '
                             'has to be wrapped over more than one line of the help output.',
                 epilog='Report bugs to the issue tracker. %prog is not expanded here.')
p.add_option('-f', '--file', dest='filename', metavar='FILE', help='write report to FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
             help="don't print status messages to stdout")
p.add_option('-v', action='count', dest='verbosity', help='more output (repeatable)')
p.add_option('-n', '--number', type='int', default=3, help='how many [default: %default]')
p.add_option('--ratio', type=float, help='a float')
p.add_option('--mode', choices=['fast', 'slow'], default='fast', help='one of fast, slow')
p.add_option('-I', '--include', action='append', default=[], help='add a path')
p.add_option('--point', nargs=2, type='int', help='two ints')
p.add_option('--const', action='store_const', const=42, dest='answer')
p.add_option('--flag', action='append_const', const='F', dest='flags')
p.add_option('--cb', action='callback', callback=record, callback_args=(1,),
             callback_kwargs={'k': 2})
p.add_option('--cbv', action='callback', callback=record, type='string')
p.add_option('--secret', help=SUPPRESS_HELP)
p.set_defaults(seen=None)
g = OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk. '
                'It is believed that some of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
g.add_option('--a-very-long-option-name-indeed', help='help for the long one, which is '
             'also long enough to need wrapping onto a second line')
p.add_option_group(g)

p.print_help()
print(p.get_usage(), end='')
print(p.get_version())
print(p.format_option_help())

for args in [[], ['a', '-f', 'out.txt', 'b'], ['-fout', '-vvv', '-qn', '7'], ['--file=x', '--num=0x1f'],
             ['-n', '017', '--ratio', '2.5', '--mode', 'slow'], ['-I', 'a', '-Ib', '--include=c'],
             ['--point', '1', '2', '--const', '--flag', '--flag'], ['--cb', 'x', '--cbv', 'val', 'y'],
             ['--', '-f', 'x'], ['-n', '0b101'], ['-'], ['--secret=s', 'pos']]:
    run(p, args)

for args in [['-x'], ['--nope'], ['--mo', 'fast'], ['--m'], ['-n', 'abc'], ['--ratio=z'],
             ['--mode', 'medium'], ['-f'], ['--point', '1'], ['--quiet=yes'], ['--number']]:
    run(p, args)

p.add_option('--mood')
run(p, ['--mo', 'x'])

out = io.StringIO()
sys.stdout, saved = out, sys.stdout
try:
    p.parse_args(['--version'])
except SystemExit as e:
    code = e.code
sys.stdout = saved
print(repr(out.getvalue()), code)

# Interspersed arguments, defaults processing, Values.
p2 = OptionParser(prog='p2', add_help_option=False)
p2.add_option('-a', action='store_true')
p2.add_option('-n', type='int', default='10')
p2.disable_interspersed_args()
opts, rest = p2.parse_args(['x', '-a'])
print(opts, rest, opts.n, type(opts.n).__name__)
p2.set_process_default_values(False)
print(p2.get_default_values())
p2.enable_interspersed_args()
print(p2.parse_args(['x', '-a'])[1], p2.has_option('-a'), p2.get_option('-n'), p2.get_option('-z'))
p2.remove_option('-a')
print(p2.has_option('-a'))
v = Values({'x': 1})
print(v, v == {'x': 1}, v == Values({'x': 1}), v.ensure_value('y', []), v.ensure_value('x', 5))
v._update({'x': 2, 'z': 3}, 'careful')
print(v)
v._update({'z': 3}, 'loose')
print(v)

# Declaration errors.
for args, kwargs in [(('x',), {}), (('-xy',), {}), (('---x',), {}), (('-x',), {'action': 'bogus'}),
                     (('-x',), {'type': 'bogus'}), (('-x',), {'action': 'count', 'type': 'int'}),
                     (('-x',), {'type': 'choice'}), (('-x',), {'choices': 'ab'}),
                     (('-x',), {'action': 'store_true', 'const': 1}), (('-x',), {'action': 'count', 'nargs': 2}),
                     (('-x',), {'action': 'callback'}), (('-x',), {'callback': len}),
                     (('-x',), {'bogus': 1, 'other': 2}), ((), {}), (('-x',), {'type': 'choice', 'choices': 'ab'})]:
    try:
        o = Option(*args, **kwargs)
        print('ok', o, o.dest, o.type)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)

try:
    p.add_option('-f', '--other')
except OptionConflictError as e:
    print('OptionConflictError', e)
pr = OptionParser(conflict_handler='resolve', prog='pr')
pr.add_option('-x', '--ex', help='first')
pr.add_option('-x', help='second')
pr.add_option('--ex', help='third')
pr.print_help()

t = OptionParser(prog='titled', formatter=TitledHelpFormatter(), usage='usage: %prog stuff')
t.add_option('-s', '--size', type='int', metavar='N', help='the size')
tg = t.add_option_group('Extra')
tg.add_option('--extra', action='store_true', help='extra things')
t.print_help()

narrow = IndentedHelpFormatter(width=40, max_help_position=16, short_first=0)
narrow.set_short_opt_delimiter('')
narrow.set_long_opt_delimiter(' ')
n = OptionParser(prog='narrow', formatter=narrow, usage=SUPPRESS_USAGE,
                 option_list=[make_option('-o', '--output', help='where the output goes, wrapped '
                                          'in a narrow column of text')])
n.print_help()
print(repr(n.get_usage()), p.get_option_group('-g') is g, p.get_option_group('-f'))
run(n, ['-x'])
print(optparse.check_choice(Option('-c', choices=['a']), '-c', 'a'))
print(str(BadOptionError('-z')), str(OptionValueError('bad')))
