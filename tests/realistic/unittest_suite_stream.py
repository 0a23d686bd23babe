"""A small library of text utilities with a unittest suite run into a StringIO."""
import io
import re
import unittest


def slugify(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)


def chunk(seq, size):
    if size <= 0:
        raise ValueError("size must be positive")
    return [seq[i:i + size] for i in range(0, len(seq), size)]


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class SlugTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punctuation(self):
        self.assertEqual(slugify("  C++ & Rust!! "), "c-rust")

    def test_empty(self):
        self.assertEqual(slugify(""), "")

    def test_wrong_expectation(self):
        self.assertEqual(slugify("Snake_Case"), "snake_case")


class ChunkTests(unittest.TestCase):
    def test_even(self):
        self.assertEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]])

    def test_uneven(self):
        self.assertEqual(chunk("abcde", 2), ["ab", "cd", "e"])

    def test_bad_size(self):
        with self.assertRaises(ValueError) as cm:
            chunk([1], 0)
        self.assertIn("positive", str(cm.exception))

    def test_subtests(self):
        for size in range(1, 4):
            with self.subTest(size=size):
                self.assertEqual(sum(len(c) for c in chunk(list(range(7)), size)), 7)

    @unittest.skip("not implemented yet")
    def test_negative(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(chunk([], 3), [[]])


class StackTests(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()
        self.stack.push(1)
        self.stack.push(2)

    def tearDown(self):
        self.stack = None

    def test_pop_order(self):
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(self.stack.pop(), 1)

    def test_len(self):
        self.assertEqual(len(self.stack), 2)

    def test_empty_pop(self):
        self.stack.pop()
        self.stack.pop()
        self.assertRaises(IndexError, self.stack.pop)

    def test_error(self):
        raise RuntimeError("unexpected state")

    def test_truthiness(self):
        self.assertTrue(len(self.stack))
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])


def normalise(report):
    report = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", report)
    report = re.sub(r'File ".*?", line \d+', 'File "FILE", line N', report)
    return report


def run_suite(verbosity):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for case in (SlugTests, ChunkTests, StackTests):
        suite.addTests(loader.loadTestsFromTestCase(case))
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    result = runner.run(suite)
    return result, stream.getvalue()


result, text = run_suite(2)
lines = normalise(text).splitlines()
for line in lines:
    if line.startswith("test_") or line.startswith("Ran") or line.startswith("FAILED") or line.startswith("OK"):
        print(line)
print("tests run:", result.testsRun)
print("failures:", [t.id().split(".")[-1] for t, _ in result.failures])
print("errors:", [t.id().split(".")[-1] for t, _ in result.errors])
print("skipped:", [(t.id().split(".")[-1], why) for t, why in result.skipped])
print("expected failures:", len(result.expectedFailures))
print("successful:", result.wasSuccessful())
for test, tb in result.failures + result.errors:
    print("---", test.id().split(".")[-1])
    print(tb.strip().splitlines()[-1])

result, text = run_suite(1)
print(normalise(text).splitlines()[0])
