# warnings: malformed filters and hooks, argument checks, loaders' globals, the
# 'once' registry, _deprecated, -W option parsing and catch_warnings(module=...).
import sys
import warnings

def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

import os


class Stripped:
    # Shows warnings on stdout, without the directory CPython puts in the script's name.
    prefix = os.path.dirname(os.path.abspath(__file__)) + '/'

    def write(self, text):
        sys.stdout.write(text.replace(self.prefix, ''))

    def flush(self):
        pass


sys.stderr = Stripped()
saved = warnings.filters
warnings.filters = (1,)
t(lambda: warnings.warn('x'))
warnings.filters = [(1, 2)]
t(lambda: warnings.warn('x'))
warnings.filters = [(1, None, Warning, None, 0)]
t(lambda: warnings.warn('x'))
warnings.filters = [('always', None, Warning, None, 'a')]
t(lambda: warnings.warn('x'))
warnings.filters = [('nonsense', None, Warning, None, 0)]
t(lambda: warnings.warn('x'))
warnings.filters = []
warnings.defaultaction = 5
t(lambda: warnings.warn('x'))
warnings.defaultaction = 'once'
warnings.onceregistry = 5
t(lambda: warnings.warn_explicit('zz', UserWarning, 'f.py', 1))
warnings.onceregistry = {}
t(lambda: warnings.warn_explicit('zz', UserWarning, 'f.py', 1))
t(lambda: warnings.warn_explicit('zz', UserWarning, 'f.py', 1))
print(warnings.onceregistry)
warnings.defaultaction = 'default'
t(lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 1, module_globals=5))
t(lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 'a'))
t(lambda: warnings.warn_explicit('m', UserWarning, 5, 1))
t(lambda: warnings.warn_explicit('m', 5, 'f.py', 1))
t(lambda: warnings.warn_explicit('m', int, 'f.py', 1))
t(lambda: warnings.warn_explicit(5, UserWarning, 'f.py', 1))
t(lambda: warnings.warn(5))
t(lambda: warnings.warn('x', stacklevel='a'))
t(lambda: warnings.warn('stack0', stacklevel=0))
t(lambda: warnings.warn('stackneg', stacklevel=-5))

t(lambda: warnings.warn_explicit('m.py', UserWarning, 'dir/m.PY', 3))

class Loader:
    def get_source(self, name):
        return 'first = 1\nsecond = 2\n'

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('with loader', UserWarning, 'nofile.py', 2,
                           module_globals={'__name__': 'm', '__loader__': Loader()})
    warnings.warn_explicit('no loader', UserWarning, 'nofile.py', 1, module_globals={})
    for w in log:
        print(w)
del warnings.showwarning
t(lambda: warnings.warn('zz'))
warnings.showwarning = 5
t(lambda: warnings.warn('zz2'))
warnings.showwarning = warnings._showwarning_orig
del warnings.formatwarning
t(lambda: warnings.warn('zz3'))
warnings.formatwarning = warnings._formatwarning_orig
# a source object without tracemalloc
warnings.simplefilter('always')
t(lambda: warnings.warn('with source', ResourceWarning, source=[1]))
t(lambda: warnings.warn(UserWarning('inst'), DeprecationWarning))
# _deprecated
warnings.simplefilter('always')
def old():
    warnings._deprecated('spam', remove=(3, 13))
t(old)
t(lambda: warnings._deprecated('eggs', remove=(3, 11)))
t(lambda: warnings._deprecated('eggs', remove=(3, 11), _version=(3, 11, 0, 'alpha', 0)))
t(lambda: warnings._deprecated('ham', 'custom {name} {remove}', remove=(4, 0)))
# -W options
for opt in ['error::DeprecationWarning', 'ignore:msg:UserWarning:mod:3', 'a', 'bogus',
            'i:::::', 'd::NoSuchThing', 'd::io.StringIO', 'd::nosuchmod.X', 'd::::x', 'd::::-1',
            'o::warnings._OptionError']:
    try:
        warnings._setoption(opt)
        print(opt, warnings.filters[0])
    except Exception as e:
        print(opt, type(e).__name__, e)
warnings._processoptions(['bad:option'])
cw = warnings.catch_warnings(module=warnings)
print(repr(cw))
import types
fake = types.ModuleType('fakewarnings')
fake.filters = []; fake.showwarning = None; fake._showwarnmsg_impl = None
fake._filters_mutated = lambda: print('mutated')
cw = warnings.catch_warnings(module=fake)
print(repr(cw).startswith("catch_warnings(module=<module 'fakewarnings'"))
with cw:
    print(fake.filters is not [])
sys.stderr = sys.__stderr__
