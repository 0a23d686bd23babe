import io
import re
import sys
import unittest


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


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn('a', 'xyz')


class Beta(unittest.TestCase):
    def test_printing(self):
        print('printed by a passing test')

    def test_printing_fail(self):
        print('printed by a failing test')
        if isinstance(sys.stderr, io.StringIO):
            sys.stderr.write('on stderr')
        self.fail('see output')

    def test_three(self):
        pass


def main(argv, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop('verbosity', 1),
                                     buffer=kw.pop('buffer', False))
    try:
        prog = unittest.main(module=__name__, argv=argv, testRunner=runner,
                             testLoader=unittest.TestLoader(), **kw)
    except SystemExit as e:
        print('SystemExit', repr(e.code))
        code = e.code
    else:
        print('result', prog.result)
    show(stream.getvalue())


main(['prog'])
main(['prog'], exit=False)
main(['prog', 'Alpha.test_one'])
main(['prog', 'Alpha', 'Beta.test_three'], exit=False)
main(['prog', '-k', 'one'])
main(['prog', '-k', '*Beta.test_t*'])
main(['prog', '-kone', '-k', 'three'])
main(['prog', 'Beta'], defaultTest='Alpha')
main(['prog'], defaultTest=['Alpha.test_one', 'Beta.test_three'])
saved = sys.stderr
sys.stderr = io.StringIO()
main(['prog', 'Beta'], buffer=True)
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
main(['prog', 'NoSuchThing'], exit=False)

# unittest.main's own runner honours -v / -q through TextTestRunner(verbosity=...)
class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        print('runner got', sorted(kw.items()))
        super().__init__(stream=io.StringIO(), **kw)

for argv in (['prog', '-v', 'Alpha.test_one'], ['prog', '-q', '-f', '-b', '--locals', 'Alpha.test_one']):
    prog = unittest.main(module=__name__, argv=argv, testRunner=Runner, exit=False)
    print(prog.result.testsRun, prog.verbosity, prog.failfast, prog.buffer, prog.tb_locals)

loader = unittest.TestLoader()
mod = sys.modules[__name__]
s = loader.loadTestsFromName('Alpha.test_two', mod)
print(s, s.countTestCases())
print(loader.loadTestsFromNames(['Alpha', 'Beta.test_three'], mod).countTestCases())
print(loader.loadTestsFromModule(mod).countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)
s = loader.loadTestsFromName('Nope', mod)
print(len(loader.errors), loader.errors[0].splitlines()[0])
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(unittest.getTestCaseNames(Alpha, 'test'))
    print(unittest.makeSuite(Alpha).countTestCases())
    print(unittest.findTestCases(sys.modules[__name__]).countTestCases())
for w in caught:
    print(w.category.__name__, w.message)
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = 'test_t'
print(loader.getTestCaseNames(Alpha))

suite = unittest.TestSuite()
for bad in (5, Alpha):
    try:
        suite.addTest(bad)
    except TypeError as e:
        print(e)
try:
    suite.addTests('abc')
except TypeError as e:
    print(e)
print(suite.countTestCases(), list(suite))
