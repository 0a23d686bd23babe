"""Unit tests for a geometry module, run in-process with a quiet runner."""
import io
import math
import re
import unittest


class Shape:
    def area(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        if r < 0:
            raise ValueError("radius must be non-negative")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class ShapeTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = []

    def setUp(self):
        self.unit = Circle(1)
        self.log.append(self._testMethodName)

    def tearDown(self):
        self.log.append("teardown")

    def test_circle_area(self):
        self.assertAlmostEqual(self.unit.area(), 3.14159, places=5)
        self.assertAlmostEqual(Circle(2).area(), 12.566, delta=0.001)

    def test_negative_radius(self):
        with self.assertRaises(ValueError) as cm:
            Circle(-1)
        self.assertIn("non-negative", str(cm.exception))
        self.assertRaisesRegex(ValueError, r"^radius", Circle, -3)

    def test_ordering(self):
        shapes = [Rect(2, 3), Circle(1), Rect(1, 1)]
        self.assertEqual([type(s).__name__ for s in sorted(shapes)], ["Rect", "Circle", "Rect"])
        self.assertLess(Rect(1, 1), Circle(1))
        self.assertGreaterEqual(Rect(2, 2).area(), 4)

    def test_subtests(self):
        for w, h, expected in [(1, 1, 1), (2, 3, 6), (4, 0, 1), (5, 5, 25), (3, 3, 10)]:
            with self.subTest(w=w, h=h):
                self.assertEqual(Rect(w, h).area(), expected)

    def test_containers(self):
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsInstance(self.unit, Shape)
        self.assertIsNone(None)
        self.assertTrue([0])
        self.assertRegex("Circle(r=1)", r"r=\d")

    def test_failure_message(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], "lists differ")

    def test_dict_failure(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        Rect(1, 2).perimeter()

    @unittest.skip("not implemented yet")
    def test_triangle(self):
        pass

    @unittest.skipIf(math.pi > 3, "pi is big")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(Shape.__name__, "shape")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)


class WarningTests(unittest.TestCase):
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)

    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")


def run(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", stream.getvalue())
    text = re.sub(r'File ".*/', 'File "', text)
    print(text)
    return result


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(ShapeTests))
suite.addTest(WarningTests("test_warns"))
suite.addTest(WarningTests("test_multiline"))
print("tests:", suite.countTestCases())
result = run(suite)
print("wasSuccessful:", result.wasSuccessful())
print("run/failures/errors/skipped:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print("expected failures:", [t.id() for t, _ in result.expectedFailures])
print("unexpected successes:", [t.id() for t in result.unexpectedSuccesses])
print("skip reasons:", sorted(reason for _, reason in result.skipped))
print("log:", ShapeTests.log[:6])
print(loader.getTestCaseNames(WarningTests))
