# getopt: what comes back for tuples and untouched lists, POSIXLY_CORRECT,
# exact names against prefixes, and option letters that look unusual.
import getopt
import os


def show(fn, args, short, long=[]):
    try:
        print(fn.__name__, fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, type(e).__name__, repr(e), '|', e.msg, '|', e.opt)


argv = ['plain', '-a']
opts, rest = getopt.getopt(argv, 'a')
print(opts, rest, rest is argv)
show(getopt.getopt, ('-a', '-bval', 'x', '-a'), 'ab:')
show(getopt.gnu_getopt, ('x', '-a', '--', '-b'), 'ab:')
show(getopt.getopt, ['-a', 'x'], 'a', ())
show(getopt.getopt, ['--log', '--log=v'], '', ['log', 'log='])
show(getopt.getopt, ['--lo=1'], '', ['log=', 'login'])
show(getopt.getopt, ['--logi=1'], '', ['log=', 'login='])
show(getopt.getopt, ['-+', '-:x'], '+:')
show(getopt.getopt, ['-a', '-a', 'v'], 'a::')
show(getopt.getopt, ['--=x'], '', ['='])

os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['-a', 'file', '-b'], 'ab')
del os.environ['POSIXLY_CORRECT']
show(getopt.gnu_getopt, ['-a', 'file', '-b'], 'ab')
show(getopt.gnu_getopt, ['-a', 'file', '-b'], '+ab')

show(getopt.getopt, ['-a', '-q'], 'a')
show(getopt.getopt, ['--o'], '', ['one', 'other='])
show(getopt.getopt, ['--one=1'], '', 'one')
show(getopt.getopt, ['-b'], ':b')
show(getopt.gnu_getopt, ['x', '-b'], 'b:')
print(str(getopt.GetoptError('m', 'o')), getopt.GetoptError.msg == '', getopt.GetoptError.opt == '')
