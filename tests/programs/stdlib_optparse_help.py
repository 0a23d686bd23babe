# optparse: help output as print_help() writes it: usage lines, description and
# epilog wrapping, option strings with metavars, help text wrapping at the help
# column, %default and %prog, SUPPRESS_HELP, option groups with descriptions,
# --version, long option strings that push help to the next line, the two
# formatters and their settings, and width taken from COLUMNS.
import io
import os
import sys
import optparse
from optparse import OptionParser, OptionGroup, IndentedHelpFormatter, TitledHelpFormatter

os.environ['COLUMNS'] = '80'


def show(parser, *args):
    buf = io.StringIO()
    parser.print_help(buf)
    print(buf.getvalue(), end='')
    print('-' * 20)


p = OptionParser(prog='demo', version='%prog 1.2',
                 description='A demonstration of the help output of optparse. This '
                             'description is long enough to be wrapped over more than '
                             'one line by the formatter, which uses textwrap.',
                 epilog='The epilog comes last and is wrapped the same way; it also '
                        'mentions %prog, which is not expanded there.')
p.add_option('-f', '--file', dest='filename', metavar='FILE',
             help='write the report to FILE instead of the standard output')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
             help="don't print status messages to stdout")
p.add_option('-n', '--count', type='int', default=3,
             help='how many times (default: %default)')
p.add_option('--mode', choices=['fast', 'slow'], default='fast',
             help='mode, one of fast or slow [default: %default]')
p.add_option('--none-default', help='no default here: %default')
p.add_option('--secret', help=optparse.SUPPRESS_HELP)
p.add_option('--no-help')
p.add_option('-x')
p.add_option('--a-very-long-option-name-that-is-wide', metavar='SOMETHING',
             help='help for a wide option that goes on the next line')
p.add_option('--point', type='float', nargs=2, help='two numbers')
group = OptionGroup(p, 'Dangerous Options',
                    'Caution: use these options at your own risk. It is believed '
                    'that some of them bite.')
group.add_option('-g', action='store_true', help='Group option.')
group.add_option('--deep', action='count', help='a group option with a rather long help '
                 'text which certainly needs to be wrapped onto several lines')
p.add_option_group(group)
g2 = p.add_option_group('Plain group')
g2.add_option('--plain', help='in the plain group')
g3 = p.add_option_group('Empty group', 'Only a description.')
show(p)
print(repr(p.get_usage()), repr(p.get_version()), p.get_prog_name())
print(p.format_option_help().count('\n'), repr(p.format_epilog(p.formatter)))
buf = io.StringIO()
p.print_usage(buf)
p.print_version(buf)
print(repr(buf.getvalue()))

# Titled formatter, long options first.
p.formatter = TitledHelpFormatter()
p.formatter.set_parser(p)
show(p)
p.formatter = IndentedHelpFormatter(short_first=0, indent_increment=4, max_help_position=30,
                                    width=60)
p.formatter.set_parser(p)
show(p)
f = IndentedHelpFormatter()
f.set_short_opt_delimiter('')
f.set_long_opt_delimiter(' ')
p.formatter = f
f.set_parser(p)
show(p)
for setter, value in [(f.set_short_opt_delimiter, '='), (f.set_long_opt_delimiter, ':')]:
    try:
        setter(value)
    except ValueError as e:
        print('ValueError', e)
f.default_tag = None
print(f.expand_default(p.get_option('-n')))

# Usage strings.
for usage in [None, '%prog [options] arg', 'usage: %prog things', 'Usage: X', optparse.SUPPRESS_USAGE]:
    q = OptionParser(usage=usage, prog='u')
    q.add_option('-a', help='the a option')
    show(q)
q = OptionParser(prog='bare', add_help_option=False)
show(q)
q = OptionParser(prog='desc', add_help_option=False, description='Only a description.')
show(q)

# Width from COLUMNS, and very narrow output.
os.environ['COLUMNS'] = '40'
q = OptionParser(prog='narrow', description='words ' * 12)
q.add_option('--option', metavar='VALUE', help='some help text that is long enough to wrap')
show(q)
os.environ['COLUMNS'] = 'junk'
print(IndentedHelpFormatter().width)
del os.environ['COLUMNS']
print(IndentedHelpFormatter().width, IndentedHelpFormatter(width=30).width)
f = IndentedHelpFormatter(width=20, max_help_position=50)
print(f.max_help_position, f.help_position, f.current_indent, f.level)
f.indent()
print(f.current_indent, f.level)
f.dedent()
print(repr(f.format_heading('Head')), repr(f.format_usage('u')), repr(f.format_description('')),
      repr(f.format_epilog(None)))
t = TitledHelpFormatter()
print(repr(t.format_heading('Title')), repr(t.format_usage('use it')))
t.indent()
print(repr(t.format_heading('Sub')))
try:
    optparse.HelpFormatter(2, 24, 80, 1).format_usage('x')
except NotImplementedError as e:
    print('NotImplementedError', e)

# --help and --version exit after printing.
os.environ['COLUMNS'] = '80'
for args in [['--help'], ['-h'], ['--version']]:
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        p = OptionParser(prog='ex', version='ex 0.1')
        p.add_option('-z', help='zed')
        p.parse_args(args)
    except SystemExit as e:
        sys.stdout = saved
        print(args, 'exit', e.code)
        print(out.getvalue(), end='')
