import io
import re
import sys
import unittest

log = []


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


def run(suite, verbosity=2, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    show(stream.getvalue())
    return result


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass First')
        cls.addClassCleanup(log.append, 'class cleanup First')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass First')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('a')

    def test_b(self):
        log.append('b')


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_never(self):
        log.append('never')


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError('class teardown broke')

    def test_one(self):
        pass


class SkipClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')

    def test_x(self):
        pass


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('should not run')

    def test_y(self):
        pass

    def test_z(self):
        pass


class Parts(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == 'test_setup_fails':
            raise KeyError('in setUp')

    def tearDown(self):
        if self._testMethodName == 'test_teardown_fails':
            self.fail('in tearDown')

    def test_setup_fails(self):
        log.append('not reached')

    def test_teardown_fails(self):
        log.append('body ran')

    def test_cleanup_fails(self):
        def bad():
            raise OSError('cleanup broke')
        self.addCleanup(bad)
        self.addCleanup(log.append, 'good cleanup')

    def test_chained(self):
        try:
            {}['k']
        except KeyError:
            raise ValueError('while handling')

    def test_cause(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise TypeError('converted') from e


class Sub(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                raise RuntimeError('deep')
            with self.subTest():
                self.fail('no params')

    def test_sub_ok(self):
        with self.subTest(x=1):
            pass

    def test_sub_skip(self):
        with self.subTest(k='v'):
            self.skipTest('sub skipped')
        log.append('after sub skip')

    @unittest.expectedFailure
    def test_sub_xfail(self):
        with self.subTest(n=1):
            self.assertTrue(False)
        log.append('not reached after xfail')


class Ctx:
    def __enter__(self):
        log.append('enter ctx')
        return 'ctx value'

    def __exit__(self, *exc):
        log.append('exit ctx')


class Contexts(unittest.TestCase):
    def test_enter(self):
        log.append(self.enterContext(Ctx()))

    def test_not_cm(self):
        self.enterContext(42)


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (First, BrokenSetUpClass, BrokenTearDownClass, SkipClassSetUp,
            SkippedClass, Parts, Sub, Contexts):
    suite.addTests(loader.loadTestsFromTestCase(cls))
result = run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures))
for entry in log:
    print(entry)
for test, reason in result.skipped:
    print('skipped:', test, repr(reason))
print([str(t) for t, _ in result.errors])
del log[:]
result = run(loader.loadTestsFromTestCase(Sub), verbosity=1)
result = run(loader.loadTestsFromTestCase(Sub), verbosity=1, failfast=True)
print(result.shouldStop)

# FunctionTestCase
def check_func():
    """Checks a function."""
    assert 1 + 1 == 3, 'math'

ftc = unittest.FunctionTestCase(check_func, setUp=lambda: log.append('fsetup'))
print(str(ftc), ftc.id(), ftc.shortDescription())
run(unittest.TestSuite([ftc]))
print(log)

# run() without a result, debug()
r = First('test_a').run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
try:
    Parts('test_chained').debug()
except ValueError as e:
    print('debug raised', e)
print(unittest.TestResult())
print(First('test_a') == First('test_a'), First('test_a') == First('test_b'),
      hash(First('test_a')) == hash(First('test_a')))
