# argparse: how usage lines and help columns are laid out in tricky cases:
# adjacent and partly hidden exclusive groups, nargs forms, narrow widths,
# long program names and long option invocations.
import argparse


def narrow(width):
    return lambda prog: argparse.HelpFormatter(prog, width=width)


p = argparse.ArgumentParser(prog='groups')
second = p.add_mutually_exclusive_group()
first = p.add_mutually_exclusive_group(required=True)
first.add_argument('--a1', action='store_true')
first.add_argument('--a2', action='store_true', help=argparse.SUPPRESS)
second.add_argument('--b1', metavar='B')
second.add_argument('--b2', nargs='?')
third = p.add_mutually_exclusive_group()
third.add_argument('--c1', help=argparse.SUPPRESS)
third.add_argument('--c2', help=argparse.SUPPRESS)
p.add_argument('pos', nargs='?')
p.print_usage()

n = argparse.ArgumentParser(prog='nargs', formatter_class=narrow(50))
n.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
n.add_argument('--some', nargs='*', metavar=('FIRST', 'MORE'))
n.add_argument('--one', nargs=1)
n.add_argument('--rest', nargs=argparse.REMAINDER)
n.add_argument('--choose', choices=range(3), nargs='+')
n.add_argument('items', nargs='+')
n.add_argument('tail', nargs='*', default=[])
n.print_help()

for width in (30, 45, 70):
    w = argparse.ArgumentParser(prog='a_fairly_long_program_name', formatter_class=narrow(width))
    w.add_argument('--alpha-option', metavar='ALPHA')
    w.add_argument('-b', '--beta-option-with-a-long-name', help='beta help that wraps at narrow widths')
    w.add_argument('source')
    w.add_argument('destinations', nargs='+')
    print(width)
    w.print_help()

only_pos = argparse.ArgumentParser(prog='p' * 40, add_help=False, formatter_class=narrow(40))
only_pos.add_argument('first_positional')
only_pos.add_argument('second_positional')
only_pos.print_usage()
empty = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(empty.format_usage()), repr(empty.format_help()))

fmt = argparse.ArgumentParser(prog='fmt', formatter_class=lambda prog: argparse.HelpFormatter(
    prog, indent_increment=4, max_help_position=10, width=40))
fmt.add_argument('-x', help='x help %(prog)s %(default)s %(type)s', type=int, default=3)
fmt.add_argument('--choice', choices=['a', 'b'], help='one of %(choices)s; dest %(dest)s')
grp = fmt.add_argument_group(description='A group without a title.')
grp.add_argument('--in-group', help='lives in a section with no heading')
fmt.print_help()
