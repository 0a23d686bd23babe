import logging
import sys

print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName(5))
print(logging.getLevelName('INFO'), logging.getLevelName('nope'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)
print(logging.BASIC_FORMAT)

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root)
a = logging.getLogger('a')
ab = logging.getLogger('a.b')
abc = logging.getLogger('a.b.c')
print(a, ab, abc)
print(abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger('a.b') is ab, a.getChild('b') is ab)

# A placeholder for x.y is replaced when x.y is created later.
xyz = logging.getLogger('x.y.z')
print(xyz.parent is root)
xy = logging.getLogger('x.y')
print(xyz.parent is xy, xy.parent is root)

logging.basicConfig(stream=sys.stdout, format='%(levelname)s|%(name)s|%(message)s')
print(root.handlers)
a.setLevel(logging.INFO)
print(a.getEffectiveLevel(), abc.getEffectiveLevel(), root.getEffectiveLevel())
print(abc, abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
abc.debug('not shown')
abc.info('info %s %d', 'x', 42)
abc.warning('warn %(k)s', {'k': 'v'})
abc.log(25, 'notice %r', [1, 2])
abc.error('error')
abc.critical('critical')
abc.fatal('fatal')

# propagation
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('B: %(message)s'))
ab.addHandler(h)
abc.warning('to both')
ab.propagate = False
abc.warning('only B')
ab.propagate = True
ab.removeHandler(h)
abc.warning('only root')
print(ab.hasHandlers(), logging.getLogger('q').hasHandlers())

# disable
logging.disable(logging.WARNING)
abc.warning('disabled')
abc.error('error passes')
logging.disable(logging.NOTSET)
abc.warning('enabled again')

a.disabled = True
abc.warning('a is disabled but a.b.c is not')
a.disabled = False

try:
    a.setLevel('BOGUS')
except ValueError as e:
    print('ValueError', e)
try:
    a.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    a.log('x', 'y')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
a.setLevel('DEBUG')
print(a.level, a)

# basicConfig does nothing once root has handlers, unless force=True
logging.basicConfig(format='ignored %(message)s')
root.warning('still old format')
logging.basicConfig(stream=sys.stdout, format='{levelname}/{message}', style='{', force=True)
root.warning('new brace format')
logging.basicConfig(stream=sys.stdout, format='$levelname ${message}', style='$', force=True,
                    level=logging.DEBUG)
root.debug('dollar format')
print(root.level)
try:
    logging.basicConfig(force=True, foo=1)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x.log')
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(force=True, style='?')
except ValueError as e:
    print('ValueError', e)
