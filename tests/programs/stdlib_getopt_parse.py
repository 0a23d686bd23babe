# getopt: short and long options, GNU-style scanning and the error messages.
import getopt

cases = [
    (['-a', '-b', 'x', 'rest'], 'ab:', []),
    (['-abx', '-cval', 'file1', '-a'], 'ab:c:', []),
    (['-b', '-a', '--', '-a', 'z'], 'ab:', []),
    (['-', '-a'], 'a', []),
    ([], 'a', []),
    (['--verbose', '--out=f.txt', '--level', '3', 'arg'], 'v', ['verbose', 'out=', 'level=']),
    (['--verb', '--ou', 'x'], '', ['verbose', 'out=']),
    (['--out='], '', ['out=']),
    (['--help'], 'h', 'help'),
    (['--lo'], '', ['log', 'long']),
    (['--log'], '', ['log', 'login']),
    (['--log', 'x'], '', ['log=', 'login']),
    (['-a', 'b', '-c'], 'ac', []),
]


def run(fn, args, short, long):
    try:
        print(fn.__name__, args, '->', fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, args, '-> error:', e)


for args, short, long in cases:
    run(getopt.getopt, args, short, long)

gcases = [
    (['a1', '-a', 'a2', '--long', 'a3', '-b', 'v'], 'ab:', ['long']),
    (['a1', '-a', '--', '-b', 'x'], 'ab:', []),
    (['x', '-a', 'y'], '+a', []),
    (['-', '-a', 'y'], 'a', []),
    (['--ab=1', 'q', '--ab', '2'], '', ['ab=']),
]
for args, short, long in gcases:
    run(getopt.gnu_getopt, args, short, long)

bad = [
    (['-x'], 'ab', []),
    (['-b'], 'ab:', []),
    (['--nope'], '', ['verbose']),
    (['--lo'], '', ['long', 'loud']),
    (['--out'], '', ['out=']),
    (['--flag=1'], '', ['flag']),
    (['-:'], 'a:', []),
]
for args, short, long in bad:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            fn(args, short, long)
        except getopt.GetoptError as e:
            print(fn.__name__, args, '->', str(e), '|', e.msg, '|', e.opt, '|', e.args)
e = getopt.GetoptError('boom')
print(repr(e), e.opt == '', getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
print(sorted(getopt.__all__))
