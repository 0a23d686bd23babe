import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def legacy(x):
    warnings.warn('legacy is deprecated: %d' % x, DeprecationWarning)
    return x * 2


with t.assertWarns(DeprecationWarning) as cm:
    print(legacy(2))
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0, cm.filename.endswith('.py'))
print(t.assertWarns(DeprecationWarning, legacy, 5))
with t.assertWarnsRegex(DeprecationWarning, r'deprecated: \d') as cm:
    legacy(7)
print(cm.warning)


def check(*args, **kwargs):
    try:
        t.assertWarns(*args, **kwargs)
    except AssertionError as e:
        print('AssertionError:', e)
    except TypeError as e:
        print('TypeError:', e)


check(UserWarning, legacy, 1)
check(DeprecationWarning, lambda: None)
check(ValueError, legacy, 1)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertWarnsRegex(DeprecationWarning, 'nomatch'):
        legacy(3)
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertWarns(UserWarning, msg='extra'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
# exceptions inside the block pass through
try:
    with t.assertWarns(UserWarning):
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e)
# the filters are restored afterwards
print(len(warnings.filters) == len(warnings.filters))
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    with t.assertWarns(UserWarning):
        warnings.warn('one', UserWarning)
        warnings.warn('two', RuntimeWarning)
print([str(w.message) for w in seen])
