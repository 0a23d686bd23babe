import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
log = logging.getLogger('app.db')

with t.assertLogs() as cm:
    logging.getLogger('x').warning('root-level %s', 'warning')
    log.error('db error')
print(cm.output)
print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

with t.assertLogs('app', level='DEBUG') as cm:
    log.debug('details %d', 42)
    log.info('info')
print(cm.output)

with t.assertLogs(log, logging.WARNING) as cm:
    log.info('ignored')
    log.warning('kept')
print(cm.output)

for args in ((), ('app.db', 'ERROR')):
    try:
        with t.assertLogs(*args):
            log.info('too quiet')
    except AssertionError as e:
        print('AssertionError:', e)

with t.assertNoLogs('app', level='ERROR'):
    log.warning('only a warning')

try:
    with t.assertNoLogs('app'):
        log.warning('a %s', 'warning')
        log.error('and an error')
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertLogs('app'):
        raise KeyError('passes through')
except KeyError as e:
    print('KeyError', e)

print(log.handlers, logging.getLogger('app').propagate, logging.getLogger('app').level)
