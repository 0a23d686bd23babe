# importlib.import_module: how bad requests fail, and parents imported first.
import importlib
import sys

cases = [('.x', 'no_such_parent_pkg'), ('..x', 'a'), ('...y', 'a.b'), ('', None),
         ('.x', 5), ('.x', ''), ('.x', None), ('json.decoder',), ('no_such_top.sub',)]
for args in cases:
    try:
        m = importlib.import_module(*args)
        print('ok', m.__name__)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, 'name', '-'))

sys.modules['blocked_module_name'] = None
try:
    importlib.import_module('blocked_module_name')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
del sys.modules['blocked_module_name']

import json
print(importlib.import_module('.decoder', 'json') is sys.modules['json.decoder'])
print(json.decoder is sys.modules['json.decoder'])
for bad in [None, 0, 'math', sys]:
    try:
        print(importlib.reload(bad) is bad)
    except TypeError as e:
        print('TypeError', e)
importlib.invalidate_caches()
print(sorted(importlib.__all__))
