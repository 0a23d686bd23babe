import importlib
import os
import sys

sys.dont_write_bytecode = True

m = importlib.import_module('math')
print(m is sys.modules['math'], m.sqrt(16))
c = importlib.import_module('collections')
print(c.OrderedDict.__name__)
print(importlib.import_module('json') if False else 'skip')
try:
    importlib.import_module('no_such_module_here')
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module('.relative')
except TypeError as e:
    print('TypeError:', e)
try:
    importlib.import_module('')
except ValueError as e:
    print('ValueError:', e)

# A package created for this run (named after the process so runs do not collide).
root = 'mod_importlib_pkg_%d' % os.getpid()
os.mkdir(root)
os.mkdir(root + '/sub')
files = {
    root + '/__init__.py': 'TOP = "top"\n',
    root + '/alpha.py': 'VALUE = 1\n',
    root + '/sub/__init__.py': '',
    root + '/sub/beta.py': 'NAME = "beta"\n',
}
for path, text in files.items():
    with open(path, 'w') as f:
        f.write(text)
importlib.invalidate_caches()
try:
    alpha = importlib.import_module(root + '.alpha')
    print(alpha.__name__ == root + '.alpha', alpha.VALUE)
    beta = importlib.import_module('.sub.beta', package=root)
    print(beta.__name__ == root + '.sub.beta', beta.NAME)
    beta2 = importlib.import_module('..beta', package=root + '.sub.beta')
    print(beta2 is beta)
    a2 = importlib.import_module('..alpha', package=root + '.sub')
    print(a2 is alpha)
    top = importlib.import_module('.', package=root)
    print(top.TOP)
    try:
        importlib.import_module('....x', package=root + '.sub')
    except ImportError as e:
        print('ImportError:', e)

    # reload runs the new source in the same module object
    alpha.EXTRA = 'kept'
    with open(root + '/alpha.py', 'w') as f:
        f.write('VALUE = 22222\nADDED = "new name"\n')
    r = importlib.reload(alpha)
    print(r is alpha, alpha.VALUE, alpha.ADDED, alpha.EXTRA)
    print(importlib.reload(sys) is sys)
    del sys.modules[root + '.alpha']
    try:
        importlib.reload(alpha)
    except ImportError as e:
        print('ImportError:', str(e).replace(root, 'PKG'), e.name == root + '.alpha')
    try:
        importlib.reload('math')
    except TypeError as e:
        print('TypeError:', e)
finally:
    for path in files:
        os.remove(path)
    os.rmdir(root + '/sub')
    os.rmdir(root)
