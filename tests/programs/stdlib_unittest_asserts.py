import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, '->', e)
    except Exception as e:
        print(name, 'raised', type(e).__name__, e)
    else:
        print(name, 'passed')


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', 1.5, 2)
check('assertNotEqual', 1, 1)
check('assertNotEqual', 1, 2)
check('assertTrue', 0)
check('assertTrue', [], 'empty!')
check('assertFalse', [1])
check('assertIs', None, 0)
check('assertIsNot', t, t)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 3, [1, 2])
check('assertNotIn', 1, [1, 2])
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25, places=2)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertRegex', 'hello', 'h.l+o')
check('assertRegex', 'hello', 'xyz')
check('assertNotRegex', 'hello', 'l+')
check('assertCountEqual', [1, 2, 2], [2, 1, 2])
check('assertCountEqual', [1, 2, 2, 3], [2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [2]])
check('assertSetEqual', {1, 2}, {2, 3})
check('assertSetEqual', {1}, {1})
check('assertSetEqual', 1, {1})
check('assertTupleEqual', [1], (1,))
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertEqual', [1, 2], [1, 2])
check('assertEqual', {'a': 1}, {'a': 1})
check('fail', 'boom')
check('assertDictEqual', [], {})

t.longMessage = False
check('assertEqual', 1, 2, 'only custom')
check('assertEqual', 1, 2)
t.longMessage = True

# assertRaises as context manager and callable
with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
check('assertRaises', ValueError, int, '5')
check('assertRaises', ValueError, lambda: None)
check('assertRaises', (ValueError, TypeError), len, 5)
check('assertRaises', KeyError, len, 5)
check('assertRaises', 'notatype', len, 5)
check('assertRaisesRegex', ValueError, 'invalid', int, 'x')
check('assertRaisesRegex', ValueError, '^zzz', int, 'x')
try:
    with t.assertRaises(ValueError, msg='mine'):
        pass
except AssertionError as e:
    print('ctx ->', e)
try:
    with t.assertRaises(ValueError, bogus=1):
        pass
except TypeError as e:
    print('TypeError ->', e)
try:
    with t.assertRaisesRegex(ValueError, r'\d+'):
        raise ValueError('no digits')
except AssertionError as e:
    print('ctx ->', e)
with t.assertRaisesRegex(ValueError, r'\d+') as cm:
    raise ValueError('abc 42')
print(cm.exception.args)


def named():
    pass


check('assertRaises', OSError, named)

try:
    t.skipTest('why')
except unittest.SkipTest as e:
    print(repr(e))
print(unittest.skipIf(False, 'x')(named) is named)
print(unittest.skipUnless(True, 'x')(named) is named)
s = unittest.skipIf(True, 'because')(named)
print(s.__name__, s.__unittest_skip__, s.__unittest_skip_why__)

# diffs
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2], [1, 2, 3, 4])
check('assertEqual', (1, 2, 3), (1,))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'one\ntwo\nthree\n', 'one\n2\nthree\n')
check('assertEqual', {1: 'x' * 50, 2: 'y'}, {1: 'x' * 50, 2: 'z'})
check('assertListEqual', [1], 'x')
check('assertSequenceEqual', 'abcd', 'abed')
check('assertMultiLineEqual', 'a', 1)
check('assertEqual', list(range(100)), list(range(1, 101)))
t.maxDiff = None
check('assertEqual', list(range(30)), list(range(1, 31)))
t.maxDiff = 80 * 8
check('assertEqual', ['x' * 60, 'y'], ['x' * 60, 'z'])
