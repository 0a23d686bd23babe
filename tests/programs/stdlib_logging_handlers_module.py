import logging
import logging.handlers
import os
import queue
import sys

base = 'stdlib_logging_rot_%d.log' % os.getpid()
log = logging.getLogger('rot')
log.propagate = False
rh = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(rh)
print(repr(rh).replace(os.getcwd() + '/', '').replace(base, 'LOG'), rh.maxBytes, rh.backupCount, rh.mode)
for i in range(8):
    log.warning('message number %d', i)
rh.close()
log.removeHandler(rh)
for name in [base, base + '.1', base + '.2', base + '.3']:
    if os.path.exists(name):
        with open(name) as f:
            print(name.replace(base, 'LOG'), repr(f.read()))
        os.remove(name)
    else:
        print(name.replace(base, 'LOG'), 'missing')

# A namer and rotator
rh2 = logging.handlers.RotatingFileHandler(base, mode='w', maxBytes=10, backupCount=1, delay=True)
rh2.namer = lambda name: name + '.old'
rotated = []
def rotator(source, dest):
    rotated.append((source.replace(os.getcwd() + '/', '').replace(base, 'LOG'),
                    dest.replace(os.getcwd() + '/', '').replace(base, 'LOG')))
    os.rename(source, dest)
rh2.rotator = rotator
print(rh2.stream, rh2.mode)
log.addHandler(rh2)
log.warning('first record')
log.warning('second record')
rh2.close()
log.removeHandler(rh2)
print(rotated)
for name in [base, base + '.1.old']:
    with open(name) as f:
        print(name.replace(base, 'LOG'), repr(f.read()))
    os.remove(name)

# MemoryHandler flushes to its target when full or on an important record
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target got %(levelname)s %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger('mem')
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning('one')
mlog.warning('two')
print('buffered', len(mh.buffer))
mlog.warning('three')
print('buffered', len(mh.buffer))
mlog.warning('four')
mlog.error('urgent')
mlog.warning('five')
print('before close', len(mh.buffer))
mh.close()
print('after close', len(mh.buffer), mh.target)
mlog.removeHandler(mh)

bh = logging.handlers.BufferingHandler(2)
blog = logging.getLogger('buf')
blog.propagate = False
blog.addHandler(bh)
blog.warning('a')
print(len(bh.buffer), bh.shouldFlush(None))
blog.warning('b')
print(len(bh.buffer))

# QueueHandler puts prepared copies on a queue
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(name)s: %(message)s'))
qlog = logging.getLogger('q')
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning('queued %s', 'item')
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception('with exception')
while not q.empty():
    rec = q.get_nowait()
    print(repr(rec.msg.split('\n')[0]), rec.args, rec.exc_info, rec.exc_text, rec.levelname)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
