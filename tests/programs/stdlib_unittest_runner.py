import io
import re
import unittest


def show(text):
    # Timing varies; file paths and 3.11 caret lines differ between interpreters.
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


def run(suite, verbosity=1, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    show(stream.getvalue())
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), result.wasSuccessful())
    return result


class Basic(unittest.TestCase):
    def setUp(self):
        self.value = 3

    def tearDown(self):
        self.value = None

    def test_ok(self):
        self.assertEqual(self.value, 3)

    def test_fail(self):
        self.assertEqual(self.value, 4)

    def test_error(self):
        {}['missing']

    @unittest.skip("not now")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_doc(self):
        """First line of doc.

        More text."""
        self.skipTest("inside")

    def helper(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Basic))
suite = loader.loadTestsFromTestCase(Basic)
print(suite.countTestCases())
print(repr(Basic('test_ok')), str(Basic('test_ok')), Basic('test_ok').id())
print(Basic('test_doc').shortDescription())
print(repr(unittest.TestSuite([Basic('test_ok')])))
run(suite)
run(loader.loadTestsFromTestCase(Basic), verbosity=2)
run(loader.loadTestsFromTestCase(Basic), verbosity=0)
run(loader.loadTestsFromTestCase(Basic), verbosity=2, descriptions=False)
r = run(unittest.TestSuite([Basic('test_fail'), Basic('test_ok')]), failfast=True)
print(repr(r))
try:
    Basic('nope')
except ValueError as e:
    print(e)
