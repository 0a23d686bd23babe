import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    t.failIf(False)
    t.assert_(True)
    t.assertRegexpMatches('abc', 'b')
    with t.failUnlessRaises(ValueError):
        int('x')
    try:
        t.failUnlessEqual(1, 2)
    except AssertionError as e:
        print('AssertionError:', e)
for w in seen:
    print(w.category.__name__, w.message, w.lineno)
print(T.assertEquals is T.failUnlessEqual, T.assertEquals.__name__)
