# optparse: Option construction and its checks (option strings, actions, types,
# choices, dest, const, nargs, callbacks), the errors with their messages,
# conflict handling, get/has/remove_option, option groups, custom Option
# subclasses with new types and actions, and the exception classes.
import copy
import optparse
from optparse import Option, OptionParser, OptionGroup, make_option


def attempt(label, fn):
    try:
        result = fn()
        print(label, '->', result if not isinstance(result, Option) else 'Option ' + str(result))
    except Exception as e:
        print(label, '!', type(e).__name__, str(e))


attempt('no strings', lambda: Option())
attempt('empty strings', lambda: Option('', None))
attempt('short', lambda: Option('-'))
attempt('bad short', lambda: Option('--'))
attempt('bad short 2', lambda: Option('x1'))
attempt('bad long', lambda: Option('---x'))
attempt('bad long 2', lambda: Option('abc'))
attempt('bad keyword', lambda: Option('-a', bogus=1, other=2))
attempt('bad action', lambda: Option('-a', action='jump'))
attempt('bad type', lambda: Option('-a', type='date'))
attempt('type object', lambda: Option('-a', type=int).type)
attempt('type str', lambda: Option('-a', type=str).type)
attempt('type name str', lambda: Option('-a', type='str').type)
attempt('type for store_true', lambda: Option('-a', action='store_true', type='int'))
attempt('choice without choices', lambda: Option('-a', type='choice'))
attempt('choices not list', lambda: Option('-a', type='choice', choices='abc'))
attempt('choices for int', lambda: Option('-a', type='int', choices=['1']))
attempt('choices imply type', lambda: Option('-a', choices=('x', 'y')).type)
attempt('const for store', lambda: Option('-a', const=1))
attempt('nargs for store_true', lambda: Option('-a', action='store_true', nargs=2))
attempt('callback not callable', lambda: Option('-a', action='callback', callback=5))
attempt('callback_args not tuple', lambda: Option('-a', action='callback', callback=print,
                                                   callback_args=[1]))
attempt('callback_kwargs not dict', lambda: Option('-a', action='callback', callback=print,
                                                     callback_kwargs=[1]))
attempt('callback for store', lambda: Option('-a', callback=print))
attempt('callback_args for store', lambda: Option('-a', callback_args=(1,)))
attempt('callback_kwargs for store', lambda: Option('-a', callback_kwargs={}))

o = Option('-f', '--file-name', '--other', help='h')
print(str(o), o._short_opts, o._long_opts, o.dest, o.action, o.type, o.nargs, o.metavar,
      o.default, o.get_opt_string(), o.takes_value())
print(repr(o).startswith('<Option at 0x'), repr(o).endswith(': -f/--file-name/--other>'))
o = Option('-q', action='store_true')
print(o.dest, o.type, o.nargs, o.takes_value(), o.get_opt_string(), o.default)
o = Option('-c', action='count')
print(o.dest, o.type, o.default is optparse.NO_DEFAULT, optparse.NO_DEFAULT)
o = Option('--cb', action='callback', callback=print)
print(o.dest, o.type, o.nargs)
o = Option('--cb', action='callback', callback=print, type='int')
print(o.dest, o.type, o.nargs)
o = Option('-h', action='help')
print(o.dest, o.type)
print(make_option is Option, Option('-n', type='int').check_value('-n', '0x10'),
      Option('-n', type='int', nargs=2).convert_value('-n', ('1', '2')),
      Option('-n').convert_value('-n', None))
attempt('check_value', lambda: Option('-n', type='float').check_value('-n', 'q'))
attempt('check_choice', lambda: Option('-n', choices=['a']).check_value('--nn', 'b'))
print(Option.ATTRS)
print(Option.ACTIONS, Option.STORE_ACTIONS, Option.TYPED_ACTIONS,
      Option.ALWAYS_TYPED_ACTIONS, Option.CONST_ACTIONS)
print(Option.TYPES, sorted(Option.TYPE_CHECKER))

# Conflicts.
p = OptionParser(prog='c')
p.add_option('-a', '--all', action='store_true', help='all')
attempt('conflict', lambda: p.add_option('-a', '--also'))
attempt('conflict 2', lambda: p.add_option('-b', '--all'))
attempt('bad handler', lambda: p.set_conflict_handler('ignore'))
p.set_conflict_handler('resolve')
p.add_option('-a', '--another', help='replaces -a')
print([str(o) for o in p.option_list])
p.add_option('--all', help='replaces --all')
print([str(o) for o in p.option_list])
print(p.get_option('-a').help, p.get_option('--all').help, p.get_option('-z'))
print(p.has_option('-a'), p.has_option('--nope'), p.has_option('--another'))
p.remove_option('--another')
print([str(o) for o in p.option_list], p.has_option('-a'))
attempt('remove missing', lambda: p.remove_option('-a'))
attempt('add non-option', lambda: p.add_option(5))
attempt('add bad args', lambda: p.add_option(Option('-z'), Option('-y')))
p.add_options([Option('-y'), make_option('-w', type='int')])
print([str(o) for o in p.option_list])
print(sorted(p.defaults.items()))
attempt('OptionParser bad handler', lambda: OptionParser(conflict_handler='x'))

# Groups.
p = OptionParser(prog='g')
g = OptionGroup(p, 'Title', 'Description')
g.add_option('-x', default=1)
p.add_option_group(g)
print(g.title, g.description, g.parser is p, g.get_description(), p.get_option_group('-x') is g,
      p.get_option_group('-h'), p.get_option_group('-q'))
print(p.defaults, g.defaults is p.defaults, p.has_option('-x'), g.has_option('-h'))
attempt('group conflict', lambda: g.add_option('-h'))
attempt('add foreign group', lambda: p.add_option_group(OptionGroup(OptionParser(), 't')))
attempt('add non-group', lambda: p.add_option_group(5))
attempt('add group bad args', lambda: p.add_option_group(g, 'extra'))
g.set_title('New title')
g.set_description('New description')
print(g.title, g.description, len(p.option_groups))
print(p.parse_args(['-x', '2'])[0].x)
g.remove_option('-x')
print(p.has_option('-x'), g.option_list)

# A subclass with a new type and a new action.
def check_pair(option, opt, value):
    try:
        left, right = value.split(',')
        return (int(left), int(right))
    except ValueError:
        raise optparse.OptionValueError('option %s: invalid pair: %r' % (opt, value))


class MyOption(Option):
    TYPES = Option.TYPES + ('pair',)
    TYPE_CHECKER = copy.copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['pair'] = check_pair
    ACTIONS = Option.ACTIONS + ('extend',)
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend',)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value.split(','))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


p = OptionParser(option_class=MyOption, prog='sub')
p.add_option('--pair', type='pair')
p.add_option('--names', action='extend')
opts, args = p.parse_args(['--pair', '1,2', '--names', 'a,b', '--names=c'])
print(opts.pair, opts.names, args)
import io, sys
sys.stderr, saved = io.StringIO(), sys.stderr
try:
    p.parse_args(['--pair', 'x'])
except SystemExit as e:
    message = sys.stderr.getvalue()
    sys.stderr = saved
    print(e.code, repr(message))

# Check methods run in order and can be extended.
def check_upper(option):
    if option.dest and option.dest != option.dest.lower():
        raise optparse.OptionError('dest must be lower case', option)


class Checked(Option):
    CHECK_METHODS = Option.CHECK_METHODS + [check_upper]


attempt('checked', lambda: Checked('--ok'))
attempt('checked bad', lambda: Checked('--x', dest='BAD'))

# The exception classes.
for cls in [optparse.OptParseError, optparse.OptionError, optparse.OptionConflictError,
            optparse.OptionValueError, optparse.BadOptionError, optparse.AmbiguousOptionError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
print(str(optparse.OptParseError('m')), str(optparse.OptionError('m', None)),
      str(optparse.OptionError('m', Option('-a', '--bb'))))
print(str(optparse.BadOptionError('-z')), str(optparse.AmbiguousOptionError('--a', ['--ab', '--ac'])))
e = optparse.OptionValueError('bad value')
print(e.msg, e.args, str(e))
e = optparse.OptionError('m', Option('-a'))
print(e.msg, e.option_id, len(e.args), e.args[0], str(e.args[1]))
print(optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE, optparse.__version__)
print(sorted(optparse.__all__))
print(optparse.check_builtin(Option('-n', type='int'), '-n', '0o17') if False else
      optparse.check_builtin(Option('-n', type='long'), '-n', '017'))
attempt('check_choice fn', lambda: optparse.check_choice(Option('-c', choices=['a', 'b']), '-c', 'z'))
