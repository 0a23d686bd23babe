import os, os.path, stat, sys
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
print(os.path is sys.modules['os.path'], os.path.__name__)
os.environ['MINIPY_T1'] = 'v1'
print(os.environ['MINIPY_T1'], os.getenv('MINIPY_T1'), os.getenv('MINIPY_NOPE'), os.getenv('MINIPY_NOPE', 'd'))
print('MINIPY_T1' in os.environ, os.environ.get('MINIPY_NOPE'), os.environ.setdefault('MINIPY_T2', 'x'), os.environ['MINIPY_T2'])
del os.environ['MINIPY_T2']
print('MINIPY_T2' in os.environ)
try: os.environ['MINIPY_NOPE']
except KeyError as e: print('KeyError', e)
try: os.environ['A'] = 1
except TypeError as e: print('TypeError', e)
print(repr(os.environ).startswith('environ({'), type(os.environ).__name__, isinstance(os.environ.copy(), dict))
print(sorted(k for k in os.environ if k.startswith('MINIPY_')))
