import logging
import io
import os
import sys

FILE = __file__

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG,
                    format='%(levelname)s %(module)s %(filename)s %(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('caller')

def work():
    log.info('inside work')
    helper()

def helper():
    log.debug('inside helper')
    log.warning('from helper, attributed to work', stacklevel=2)

work()
log.error('at module level')
logging.warning('module function')

class Thing:
    def method(self):
        log.info('in a method')

Thing().method()

def fails():
    raise ValueError('bad thing')

try:
    fails()
except ValueError:
    log.exception('caught %s', 'it')

try:
    fails()
except ValueError as e:
    log.error('with exc_info instance', exc_info=e)
    log.info('exc_info tuple', exc_info=sys.exc_info())

def deeper():
    log.info('with stack', stack_info=True)

deeper()
adapter = logging.LoggerAdapter(log, {})
adapter.info('through adapter')
print(stream.getvalue().replace(FILE, 'FILE'), end='')
