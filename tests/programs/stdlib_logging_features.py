# logging: deprecated warn(), stacklevel limits, formatTime, captureWarnings, filters,
# handler names, file handlers, basicConfig checks, format validation, records,
# logger classes and the hierarchy, disable, adapters, pickling, _srcfile = None.
import io
import logging
import os
import pickle
import sys
import warnings

out = sys.stdout
here = os.path.basename(__file__)


class Stripped:
    prefix = os.path.dirname(os.path.abspath(__file__)) + '/'

    def write(self, text):
        out.write(text.replace(self.prefix, ''))

    def flush(self):
        pass


sys.stderr = Stripped()
logging.basicConfig(stream=sys.stdout, format='%(name)s %(funcName)s %(lineno)d %(filename)s|%(message)s')
log = logging.getLogger('t')
log.warn('method warn')
logging.warn('function warn')
logging.LoggerAdapter(log, {}).warn('adapter warn')


def levels():
    # stacklevel below 1 names logging's own findCaller (file and line differ).
    inner = logging.StreamHandler(sys.stdout)
    inner.setFormatter(logging.Formatter('%(funcName)s|%(message)s'))
    log.propagate = False
    log.addHandler(inner)
    log.warning('s0', stacklevel=0)
    log.warning('s-1', stacklevel=-3)
    log.removeHandler(inner)
    log.propagate = True
    log.warning('s2', stacklevel=2)
    log.warning('s50', stacklevel=50)


levels()
print(logging.Logger.fatal is logging.Logger.critical, logging.fatal is logging.critical)
print(logging.Logger.debug.__name__, logging.Logger.info.__qualname__, logging.LoggerAdapter.error.__name__)
rec = logging.makeLogRecord({'created': 0.0, 'msecs': 5})
f = logging.Formatter()
f.converter = __import__('time').gmtime
print(f.formatTime(rec, ''), f.formatTime(rec, None), f.formatTime(rec, '%H'))
f.default_msec_format = None
print(f.formatTime(rec))

# captureWarnings
buf = io.StringIO()
wl = logging.getLogger('py.warnings')
wh = logging.StreamHandler(buf)
wl.propagate = False
wl.addHandler(wh)
logging.captureWarnings(True)
warnings.warn('captured', UserWarning)
warnings.showwarning('to a file', UserWarning, 'f.py', 1, file=sys.stdout)
logging.captureWarnings(True)
logging.captureWarnings(False)
logging.captureWarnings(False)
warnings.warn('not captured', UserWarning)
print(repr(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + '/', '')))
wl.removeHandler(wh)

# filters
fl = logging.getLogger('filt')
fl.propagate = False
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
fl.addHandler(fh)
fl.addFilter(lambda r: 'skip' not in r.getMessage())
fl.warning('shown')
fl.warning('skip me')
fh.addFilter(logging.Filter('filt.sub'))
fl.warning('dropped by handler filter')
sub = logging.getLogger('filt.sub')
sub.warning('passes both')
logging.getLogger('filt.subway').warning('not a child')
f2 = logging.Filter('a.b')
print([f2.filter(logging.makeLogRecord({'name': n})) for n in ('a.b', 'a.b.c', 'a.bc', 'a', 'x.a.b')])
print(logging.Filter().filter(logging.makeLogRecord({'name': 'anything'})))
fl.removeFilter(fl.filters[0])
fl.removeFilter('not there')
print(len(fl.filters), len(fh.filters))

# handler names
h1 = logging.Handler()
h1.name = 'first'
print(logging._handlers.get('first') is h1, h1.get_name())
h1.set_name('second')
print('first' in logging._handlers, logging._handlers.get('second') is h1)
h1.close()
print('second' in logging._handlers, h1._closed)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)

# file handlers
name = 'lg_%d.log' % os.getpid()
fh2 = logging.FileHandler(name, delay=True)
print(fh2.encoding, fh2.mode, fh2.delay, fh2.stream, repr(fh2).replace(os.getcwd() + '/', '').replace(name, 'NAME'))
fh2.emit(logging.makeLogRecord({'msg': 'delayed'}))
fh2.close()
print(open(name).read(), end='')
fw = logging.FileHandler(name, mode='w', delay=True, encoding='utf-8')
print(fw.encoding)
fw.close()
fw.emit(logging.makeLogRecord({'msg': 'after close'}))
print(fw.stream, repr(open(name).read()))
fb = logging.FileHandler(name, mode='ab', delay=True)
print(fb.encoding)
fb.close()
os.remove(name)

# basicConfig errors
for kwargs in ({'stream': sys.stdout, 'filename': 'x'}, {'handlers': [], 'stream': sys.stdout},
               {'handlers': [], 'filename': 'x'}, {'style': '#'}, {'bogus': 1, 'other': 2},
               {'handlers': [], 'filemode': 'w'}, {'format': 'no fields'}):
    try:
        logging.basicConfig(force=True, **kwargs)
        print('ok', kwargs)
    except ValueError as e:
        print('ValueError', e)
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, force=True, format='{levelname}|{message}', style='{', level='INFO')
logging.info('brace %s', 'style')
logging.basicConfig(stream=sys.stdout, format='ignored', level='DEBUG')
logging.debug('root level unchanged, so hidden')
print(logging.root.level)

# format validation
for fmt, style in [('{a!x}', '{'), ('{a:zz}', '{'), ('{a.b[1]} {0}', '{'), ('{}', '{'), ('{a', '{'),
                   ('}', '{'), ('$$ only', '$'), ('$ bare', '$'), ('${a} $b', '$'), ('%(a)-10.3f', '%'),
                   ('%(a)*d', '%'), ('%()s', '%'), ('{a!r:>{w}}', '{')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
tf = logging.Formatter('$levelname ${message} $$', style='$', defaults={'levelname': 'X'})
print(tf.format(logging.makeLogRecord({'msg': 'tpl'})))
print(tf.usesTime(), logging.Formatter('$asctime', style='$').usesTime())
try:
    logging.Formatter('${missing}', style='$').format(logging.makeLogRecord({}))
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('{missing}', style='{').format(logging.makeLogRecord({}))
except KeyError as e:
    print('KeyError', e)
except ValueError as e:
    print('ValueError', e)

# records
r = logging.LogRecord('n', 20, 'dir/file.name.py', 3, 'm %(x)s', ({'x': 1},), None)
print(r.args, r.getMessage(), r.module, r.filename)
r = logging.LogRecord('n', 20, None, 3, 'm %s', ({},), None)
print(r.args, r.filename, r.module, r.getMessage())
r = logging.LogRecord('n', 20, 'p', 3, 'no args', (), None)
print(r.args, r.getMessage(), r.thread is not None, r.threadName, r.processName)
print(repr(logging.makeLogRecord({'msg': 'x', 'name': 'nm'})))

# logger classes and the hierarchy
class MyLogger(logging.Logger):
    pass
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
m = logging.Logger.manager
m.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine2')).__name__)
m.loggerClass = None
try:
    m.setLoggerClass(str)
except TypeError as e:
    print('TypeError', e)
odd = logging.getLogger('p..q')
print(odd.parent, type(m.loggerDict.get('p.')).__name__, 'p' in m.loggerDict)
deep = logging.getLogger('h.i.j.k')
mid = logging.getLogger('h.i')
print(deep.parent is mid, mid.parent is logging.root)
top = logging.getLogger('h')
print(mid.parent is top, deep.parent is mid)
print(logging.root.getChild('h') is top, top.getChild('i.j.k') is deep)
print(logging.getLogger('') is logging.root, logging.getLogger(None) is logging.root)
print(pickle.loads(pickle.dumps(top)) is top, pickle.loads(pickle.dumps(logging.root)) is logging.root)
print(logging.getLevelName(logging.WARN), logging.getLevelName(None), logging.getLevelName('FATAL'))
logging.disable('ERROR')
print(logging.root.manager.disable, log.isEnabledFor(40), log.isEnabledFor(50))
logging.disable()
print(logging.root.manager.disable)
logging.disable(0)
try:
    logging.disable('NOPE')
except ValueError as e:
    print('ValueError', e)
ad = logging.LoggerAdapter(log, {'ctx': 1})
print(ad.name, ad.manager is m, ad.getEffectiveLevel(), ad.hasHandlers(), repr(ad))
print(ad.process('msg', {}), logging.LoggerAdapter[int], logging.StreamHandler[io.StringIO])
ad.setLevel('ERROR')
print(log.level, ad.isEnabledFor(30))
log.setLevel(0)
print(logging.NullHandler().lock, logging.NullHandler().handle(None))
logging._srcfile = None
logging.basicConfig(stream=sys.stdout, force=True, format='%(filename)s %(lineno)d %(funcName)s %(message)s')
logging.warning('no caller lookup')
sys.stderr = sys.__stderr__
