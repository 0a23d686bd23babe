# optparse: common ways programs use it: a pass-through parser keeping unknown
# options, check_values in a subclass, a standard_option_list, a callback that
# changes other options, help printed to stdout by default with %prog taken
# from sys.argv[0], Values read from a module, destroy(), and an uncaught
# parse error ending the program with status 2.
import io
import os
import sys
import tempfile
import optparse
from optparse import OptionParser, BadOptionError, AmbiguousOptionError, make_option

os.environ['COLUMNS'] = '80'


class PassThroughParser(OptionParser):
    """Keeps options it does not know among the positional arguments."""

    def _process_args(self, largs, rargs, values):
        while rargs:
            try:
                OptionParser._process_args(self, largs, rargs, values)
            except (BadOptionError, AmbiguousOptionError) as e:
                largs.append(e.opt_str)


p = PassThroughParser()
p.add_option('-v', action='store_true')
p.add_option('--name')
opts, args = p.parse_args(['-v', '--unknown', 'x', '--name', 'n', '-z', 'y'])
print(opts, args)


class Checked(OptionParser):
    def check_values(self, values, args):
        if len(args) != 1:
            self.error('exactly one file expected, got %d' % len(args))
        return values, args[0]


p = Checked(prog='chk')
p.add_option('-x', type='int', default=0)
opts, args = p.parse_args(['-x', '2', 'file'])
print(opts, args)
sys.stderr, saved = io.StringIO(), sys.stderr
try:
    p.parse_args(['a', 'b'])
except SystemExit as e:
    message, sys.stderr = sys.stderr.getvalue(), saved
    print(e.code, repr(message))


class Standard(OptionParser):
    standard_option_list = [make_option('--debug', action='store_true', help='debug'),
                            make_option('-C', dest='directory', help='change to DIR')]


p = Standard(prog='std', option_list=[make_option('--extra')], version='1')
print([str(o) for o in p.option_list])
print(p.parse_args(['--debug', '-C', '/tmp', '--extra', 'e'])[0])


def set_mode(option, opt_str, value, parser):
    parser.values.mode = opt_str.lstrip('-')
    if opt_str == '--quiet':
        parser.values.verbose = 0


p = OptionParser()
p.add_option('--verbose', action='count', default=1)
p.add_option('--quiet', action='callback', callback=set_mode)
p.add_option('--loud', action='callback', callback=set_mode)
print(p.parse_args(['--verbose', '--quiet'])[0], p.parse_args(['--loud', '--verbose'])[0])

# print_help() writes to sys.stdout by default; the program name comes from argv[0].
sys.argv[0] = '/some/where/mytool.py'
p = OptionParser(usage='%prog [opts] FILE...', description='%prog does things.')
p.add_option('-o', '--output', help='write to %prog.out by default')
p.print_help()
p.print_usage()
print(p.get_prog_name(), p.expand_prog_name('[%prog]'), p.get_description())

# Values from a module or file.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'settings_for_optparse.py')
    with open(path, 'w') as f:
        f.write('name = "from file"\ncount = 3\nnothing = None\n')
    v = optparse.Values({'name': None, 'count': 0, 'nothing': 'kept'})
    v.read_file(path)
    print(sorted(vars(v).items()))
    v = optparse.Values()
    v.read_file(path, 'loose')
    print(sorted(k for k in vars(v) if not k.startswith('__')))
    sys.path.insert(0, d)
    v = optparse.Values({'count': None})
    v.read_module('settings_for_optparse')
    print(vars(v))
    sys.path.remove(d)

p = OptionParser()
g = p.add_option_group('G')
p.destroy()
print(hasattr(p, 'option_list'), hasattr(g, 'option_list'), hasattr(p, 'defaults'))

# Finally an error nobody catches: usage and message on stderr, exit status 2.
p = OptionParser(prog='final')
p.add_option('-n', type='int')
p.parse_args(['-n', 'many'])
print('not reached')
