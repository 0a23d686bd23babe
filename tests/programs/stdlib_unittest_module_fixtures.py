import io
import re
import unittest

calls = []
fail_setup = True


def show(text):
    # Frame lines and their source lines name the unittest module's own code,
    # which differs between implementations: only the test's story is compared.
    after_frame = False
    for line in text.splitlines():
        if line.startswith('  File '):
            after_frame = True
            continue
        if after_frame and line.startswith('    '):
            after_frame = False
            continue
        after_frame = False
        if line.strip() and set(line.strip()) <= set('~^'):
            continue
        print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', line))


def setUpModule():
    calls.append('setUpModule')
    unittest.addModuleCleanup(calls.append, 'module cleanup')
    if fail_setup:
        raise OSError('no database')


def tearDownModule():
    calls.append('tearDownModule')
    raise ValueError('teardown trouble')


class A(unittest.TestCase):
    def test_one(self):
        calls.append('one')

    def test_two(self):
        calls.append('two')


class Equality(unittest.TestCase):
    class Point:
        def __init__(self, x):
            self.x = x

        def __eq__(self, other):
            return self.x == other.x

        def __repr__(self):
            return 'Point(%d)' % self.x

    def setUp(self):
        def points_equal(a, b, msg=None):
            if a.x != b.x:
                raise self.failureException('points differ: %d vs %d' % (a.x, b.x))
        self.addTypeEqualityFunc(self.Point, points_equal)

    def test_points(self):
        self.assertEqual(self.Point(1), self.Point(1))
        self.assertEqual(self.Point(1), self.Point(2))


def run(verbosity=2, **kw):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(A)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    show(stream.getvalue())
    print(calls, result.testsRun, [str(t) for t, _ in result.errors])
    del calls[:]


run()
fail_setup = False
run()
r = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Equality))
print(r.failures[0][1].splitlines()[-1], str(r.failures[0][0]))
print(Equality.Point.__qualname__, Equality('test_points').id())
