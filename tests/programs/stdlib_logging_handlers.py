import logging
import io
import os
import sys

stream = io.StringIO()
h = logging.StreamHandler(stream)
print(h.level, h.formatter, h.name, h.stream is stream)
h.set_name('mine')
print(h.get_name(), h.name)
log = logging.getLogger('handlers')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(h)
log.addHandler(h)
print(len(log.handlers))
h.setLevel(logging.INFO)
log.debug('dropped by handler level')
log.info('kept')
print(repr(stream.getvalue()))
h.terminator = ' END\n'
log.info('custom terminator')
print(repr(stream.getvalue()))
old = h.setStream(sys.stdout)
print(old is stream, h.setStream(sys.stdout))
log.info('now on stdout')
print(repr(h), repr(logging.StreamHandler(sys.stdout)))
log.removeHandler(h)

# Filters: by name, a callable, and a filter object on the handler
class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('%(name)s %(message)s'))
parent = logging.getLogger('filt')
parent.propagate = False
parent.addHandler(h2)
parent.setLevel(logging.INFO)
h2.addFilter(logging.Filter('filt.a'))
for name in ['filt', 'filt.a', 'filt.a.x', 'filt.ab', 'filt.b']:
    logging.getLogger(name).info('from %s', name)
h2.removeFilter(h2.filters[0])
even = OnlyEven()
parent.addFilter(even)
for i in range(4):
    parent.info('number %d', i)
parent.removeFilter(even)
parent.addFilter(lambda r: 'secret' not in r.getMessage())
parent.info('public')
parent.info('secret')
f = logging.Filter()
print(f.filter(logging.makeLogRecord({'name': 'anything'})))

# NullHandler and a Handler without emit
nh = logging.NullHandler()
quiet = logging.getLogger('quiet')
quiet.propagate = False
quiet.addHandler(nh)
quiet.error('nothing printed')
print(repr(nh), nh.handle(logging.makeLogRecord({})))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(repr(logging.Handler(logging.ERROR)))

# A custom handler that collects records
class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler()
lh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
coll = logging.getLogger('coll')
coll.addHandler(lh)
coll.propagate = False
coll.warning('one')
coll.error('two %s', 'args')
print(lh.records)

# FileHandler
path = 'stdlib_logging_handlers_%d.log' % os.getpid()
fh = logging.FileHandler(path, mode='w')
print(fh.baseFilename == os.path.join(os.getcwd(), path), fh.mode, fh.stream is not None)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
flog = logging.getLogger('file')
flog.propagate = False
flog.addHandler(fh)
flog.warning('first line')
flog.error('second line')
fh.close()
print(fh.stream)
with open(path) as fp:
    print(repr(fp.read()))
dh = logging.FileHandler(path, mode='a', delay=True)
print(dh.stream)
flog.removeHandler(fh)
flog.addHandler(dh)
flog.warning('appended')
dh.close()
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)

# LoggerAdapter
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs

alog = logging.getLogger('adapt')
alog.propagate = False
ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(logging.Formatter('%(levelname)s %(message)s %(ip)s'))
alog.addHandler(ah)
ad = logging.LoggerAdapter(alog, {'ip': '1.2.3.4'})
print(ad, ad.name, ad.manager is alog.manager)
ad.warning('adapted %d', 1)
ad.setLevel(logging.ERROR)
print(ad.getEffectiveLevel(), ad.isEnabledFor(logging.WARNING), ad.hasHandlers())
ad.warning('hidden')
ad.error('shown')
ad.log(logging.CRITICAL, 'via log')
ah.setFormatter(logging.Formatter('%(message)s'))
p = Prefix(alog, {'id': 7})
p.critical('prefixed')
logging.shutdown()
