import logging
import io
import sys

# Without any configuration a logger's warnings go to the last resort handler,
# which writes just the message to sys.stderr (looked up at the time of use).
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    log = logging.getLogger('lib')
    log.info('info is below WARNING')
    log.warning('careful %s', 'now')
    log.error('bad')
    print(repr(logging.lastResort))
    # The module-level functions configure the root logger first (basicConfig()).
    logging.warning('module-level %d', 3)
    print(logging.root.handlers)
    logging.info('still below WARNING')
    log.warning('root now has a handler')
    logging.error('error')
    logging.critical('critical')
    logging.log(logging.ERROR, 'log at %s', 'ERROR')
    # With lastResort disabled, a logger without handlers says so once.
    logging.root.handlers[0].setStream(sys.stdout)
    logging.root.removeHandler(logging.root.handlers[0])
    logging.lastResort = None
    other = logging.getLogger('other')
    other.warning('lost')
    other.warning('lost again')
finally:
    sys.stderr = saved
print(err.getvalue(), end='')
print(logging.root.handlers)
