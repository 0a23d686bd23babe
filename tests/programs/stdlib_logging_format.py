import logging
import io
import sys

def make(fmt=None, style='%', **kw):
    stream = io.StringIO()
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))
    log = logging.getLogger('fmt.%d' % id(stream))
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(h)
    return log, stream, h

log, s, h = make()
log.info('plain %s', 'default format')
log, s2, h = make('%(name).3s %(levelno)d %(levelname)-8s|%(message)s %(threadName)s %(processName)s')
log.warning('percent')
log, s3, h = make('{levelname:>8}:{message!r}', style='{')
log.error('brace')
log, s4, h = make('${levelname}-$message', style='$')
log.critical('template')
log, s5, h = make('%(levelname)s %(user)s %(message)s', defaults={'user': 'nobody'})
log.info('with defaults')
log.info('with extra', extra={'user': 'alice'})
print(s.getvalue() + s2.getvalue() + s3.getvalue() + s4.getvalue() + s5.getvalue(), end='')

for fmt, style in [('abc', '%'), ('%(foo', '%'), ('%(message)z', '%'), ('{message', '{'),
                   ('x', '{'), ('no fields', '$'), ('%(message)s', '?')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('nothing', validate=False).format(logging.makeLogRecord({'msg': 'm'})))

try:
    log.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
try:
    log.info('x', extra={'name': 1})
except KeyError as e:
    print('KeyError', e)

rec = logging.LogRecord('n.m', logging.INFO, '/some/dir/mod.py', 12, 'msg %s %s', ('a', 1), None,
                        func='fn')
print(rec)
print(rec.getMessage(), rec.name, rec.levelname, rec.levelno, rec.pathname, rec.filename,
      rec.module, rec.lineno, rec.funcName, rec.exc_info, rec.exc_text, rec.stack_info)
print(type(rec.created).__name__, type(rec.msecs).__name__, type(rec.relativeCreated).__name__)
f = logging.Formatter('%(name)s:%(funcName)s:%(lineno)d:%(module)s:%(filename)s:%(pathname)s:%(message)s')
print(f.format(rec))
print(rec.message)
rec2 = logging.LogRecord('n', logging.INFO, 'p', 1, 'dict %(a)s/%(b)s', ({'a': 1, 'b': 2},), None)
print(rec2.getMessage())
rec3 = logging.makeLogRecord({'msg': 'made %d', 'args': (5,), 'levelno': 40, 'levelname': 'ERROR'})
print(rec3.getMessage(), rec3.levelname, rec3.name)
print(logging.Formatter('%(message)s').usesTime(), logging.Formatter('%(asctime)s %(message)s').usesTime(),
      logging.Formatter('{asctime}', style='{').usesTime())

# asctime with a datefmt that shows no digits of the current time
fa = logging.Formatter('[%(asctime)s] %(message)s', datefmt='fixed')
print(fa.format(logging.makeLogRecord({'msg': 'timed'})))

class Upper(logging.Formatter):
    def format(self, record):
        return logging.Formatter.format(self, record).upper()
bf = logging.BufferingFormatter(Upper('%(message)s;'))
print(bf.format([logging.makeLogRecord({'msg': 'a'}), logging.makeLogRecord({'msg': 'b'})]))
print(repr(bf.format([])))
