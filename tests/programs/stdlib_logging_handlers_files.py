# logging.handlers: rotation details, WatchedFileHandler reopening a moved file,
# MemoryHandler targets and flushOnClose, QueueHandler copies.
import logging
import logging.handlers
import os
import queue
import sys

tag = os.getpid()
base = 'lh_%d.log' % tag
cwd = os.getcwd() + '/'


def show(name):
    with open(name) as f:
        print(name.replace(base, 'LOG'), repr(f.read()))


rh = logging.handlers.RotatingFileHandler(base, mode='w', delay=True)
print(rh.mode, rh.encoding, rh.maxBytes, rh.backupCount, rh.namer, rh.rotator, rh.stream)
print(rh.shouldRollover(logging.makeLogRecord({'msg': 'x'})), rh.stream is not None)
rh.close()
rh = logging.handlers.RotatingFileHandler(base, mode='w', maxBytes=15, encoding='utf-8')
print(rh.mode, rh.encoding, rh.shouldRollover(logging.makeLogRecord({'msg': 'x' * 20})))
for i in range(4):
    rh.emit(logging.makeLogRecord({'msg': 'line %d' % i}))
rh.close()
show(base)
print(os.path.exists(base + '.1'))
os.remove(base)

# backupCount 0 with maxBytes: the file is reopened, nothing is kept.
rh = logging.handlers.RotatingFileHandler(base, maxBytes=10, backupCount=0)
rh.emit(logging.makeLogRecord({'msg': 'aaaaaaaa'}))
rh.emit(logging.makeLogRecord({'msg': 'bbbbbbbb'}))
rh.close()
show(base)
os.remove(base)

# rotation_filename and rotate without namer/rotator
rh = logging.handlers.RotatingFileHandler(base, delay=True)
print(rh.rotation_filename('x.1'))
rh.rotate('does-not-exist-%d' % tag, 'y')
rh.close()

wh = logging.handlers.WatchedFileHandler(base)
print(wh.encoding, wh.dev != -1, wh.ino != -1, repr(wh).replace(cwd, '').replace(base, 'LOG'))
wh.emit(logging.makeLogRecord({'msg': 'before move'}))
os.rename(base, base + '.moved')
wh.emit(logging.makeLogRecord({'msg': 'after move'}))
wh.emit(logging.makeLogRecord({'msg': 'again'}))
wh.close()
show(base)
show(base + '.moved')
os.remove(base)
os.remove(base + '.moved')
wd = logging.handlers.WatchedFileHandler(base, delay=True)
print(wd.dev, wd.ino, wd.stream)
wd.emit(logging.makeLogRecord({'msg': 'delayed watched'}))
print(wd.dev == -1)
wd.close()
show(base)
os.remove(base)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('target: %(message)s'))
mh = logging.handlers.MemoryHandler(10, flushLevel=logging.CRITICAL)
print(mh.target, mh.flushLevel, mh.flushOnClose, repr(mh))
mh.handle(logging.makeLogRecord({'msg': 'kept until a target is set', 'levelno': 50}))
print(len(mh.buffer))
mh.setTarget(out)
mh.flush()
print(len(mh.buffer))
quiet = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
quiet.handle(logging.makeLogRecord({'msg': 'never shown', 'levelno': 10}))
quiet.close()
print(len(quiet.buffer), quiet.target)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
rec = logging.makeLogRecord({'msg': 'm %s', 'args': (1,), 'stack_info': 'STACK'})
copy = qh.prepare(rec)
print(copy is rec, copy.msg, copy.message, copy.args, copy.exc_info, copy.exc_text, copy.stack_info)
print(rec.msg, rec.args)
bh = logging.handlers.BufferingHandler(0)
print(bh.shouldFlush(None), repr(bh))
bh.handle(logging.makeLogRecord({}))
print(bh.buffer)
print(logging.handlers.ST_DEV, logging.handlers.ST_INO, logging.handlers.ST_MTIME,
      logging.handlers.DEFAULT_UDP_LOGGING_PORT, logging.handlers.DEFAULT_HTTP_LOGGING_PORT,
      logging.handlers.DEFAULT_SOAP_LOGGING_PORT, logging.handlers.SYSLOG_TCP_PORT)
