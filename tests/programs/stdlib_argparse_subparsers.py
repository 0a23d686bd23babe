import argparse
import io
import sys

def cmd_add(ns):
    return ns.x + ns.y

p = argparse.ArgumentParser(prog='tool', description='Tool with commands.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
add = sub.add_parser('add', help='add two numbers')
add.add_argument('x', type=int)
add.add_argument('y', type=int)
add.set_defaults(func=cmd_add)
ls = sub.add_parser('list', aliases=['ls'], help='list things')
ls.add_argument('--all', '-a', action='store_true')
sub.add_parser('hidden')

ns = p.parse_args(['add', '2', '3'])
print(ns.command, ns.x, ns.y, ns.func(ns), ns.debug)
print(p.parse_args(['--debug', 'list', '-a']))
print(p.parse_args(['ls']))
print(p.parse_args([]))
p.print_help()
add.print_help()
ls.print_usage()
print(p.parse_known_args(['list', '--zzz']))

saved = sys.stderr
for args in [['nope'], ['add', '1'], ['add', '1', 'q']]:
    sys.stderr = io.StringIO()
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
        print(sys.stderr.getvalue(), end='')
sys.stderr = saved

q = argparse.ArgumentParser(prog='q')
q.add_argument('target')
s2 = q.add_subparsers(title='commands', description='available commands', dest='cmd',
                      required=True, metavar='COMMAND')
s2.add_parser('start', help='start it')
s2.add_parser('stop', help='stop it')
q.print_help()
print(q.parse_args(['t', 'stop']))
sys.stderr = io.StringIO()
try:
    q.parse_args(['t'])
except SystemExit as e:
    print('exit', e.code)
    print(sys.stderr.getvalue(), end='')
sys.stderr = saved

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--own')
print(child.parse_args(['--common', 'x', '--own', 'y']))
child.print_help()

im = argparse.ArgumentParser(prog='mixed')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_intermixed_args('x --foo y 5 --zz'.split()))
sys.stderr = io.StringIO()
try:
    im.parse_intermixed_args(['--foo', 'y'])
except SystemExit as e:
    print('exit', e.code)
    print(sys.stderr.getvalue(), end='')
sys.stderr = saved
try:
    r = argparse.ArgumentParser(prog='r')
    r.add_argument('x', nargs=argparse.REMAINDER)
    r.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
