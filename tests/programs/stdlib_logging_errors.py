import logging
import io
import sys

FILE = __file__

log = logging.getLogger('errors')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)

def emit_bad():
    log.warning('needs %s and %s', 'one')

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    emit_bad()
    text = sys.stderr.getvalue()
finally:
    sys.stderr = saved
lines = text.replace(FILE, 'FILE').split('\n')
print(lines[0])
print(lines[1])
stack_at = lines.index('Call stack:')
print(lines[stack_at - 1])
print('\n'.join(lines[stack_at:]), end='')

# With raiseExceptions off, errors while emitting are silent.
logging.raiseExceptions = False
sys.stderr = io.StringIO()
try:
    emit_bad()
    print(repr(sys.stderr.getvalue()))
finally:
    sys.stderr = saved
logging.raiseExceptions = True

# A format string referring to a missing field.
h.setFormatter(logging.Formatter('%(nosuchfield)s %(message)s', validate=False))
sys.stderr = io.StringIO()
try:
    log.error('x')
    text = sys.stderr.getvalue()
finally:
    sys.stderr = saved
lines = text.replace(FILE, 'FILE').split('\n')
print(lines[0])
stack_at = lines.index('Call stack:')
print(lines[stack_at - 1])
print('\n'.join(lines[stack_at:]), end='')
print(logging.getLevelNamesMapping() == {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30,
                                         'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0})
