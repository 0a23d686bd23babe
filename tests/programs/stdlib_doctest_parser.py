import doctest

text = '''
Some text.

    >>> x = 1
    >>> x + 1
    2
    >>> def f(a):
    ...     return a * 2
    >>> f(4)
    8

More text.
    >>> print('multi')   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    mu...
    >>> 1/0
    Traceback (most recent call last):
      File "<stdin>", line 1
    ZeroDivisionError: division by zero
    >>> # just a comment
'''
parser = doctest.DocTestParser()
examples = parser.get_examples(text)
for ex in examples:
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
pieces = parser.parse(text)
print([type(p).__name__ for p in pieces])
print(repr(pieces[0]), repr(pieces[-1]))
test = parser.get_doctest(text, {}, 'sample', 'sample.txt', 10)
print(test, len(test.examples), test.name, test.filename, test.lineno)
print(doctest.DocTest([], {}, 'empty', None, None, ''))
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))
print(runner.summarize(verbose=True))
print(runner.tries, runner.failures)

for bad in ['>>>x = 1', '  >>> x = 1\n ... y', '>>> x  # doctest: +BOGUS', '>>> 1\n  2']:
    try:
        parser.get_examples(bad, 'badname')
        print('no error')
    except ValueError as e:
        print('ValueError:', e)

checker = doctest.OutputChecker()
print(checker.check_output('1\n', 'True\n', 0), checker.check_output('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1))
print(checker.check_output('a ... z\n', 'a b c z\n', doctest.ELLIPSIS), checker.check_output('a...z\n', 'ab\n', doctest.ELLIPSIS))
print(checker.check_output('<BLANKLINE>\n', '\n', 0), checker.check_output('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE))
ex = doctest.Example('print(1)', 'x\n\ny\n')
print(checker.output_difference(ex, 'x\n\nz\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'out\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'want'), '', 0), end='')
print(doctest.Example('a', 'b') == doctest.Example('a\n', 'b\n'))
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))

import os
path = 'stdlib_doctest_parser_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('A text file.\n\n>>> 3 * 3\n9\n>>> print("ok")\nok\n')
try:
    print(doctest.testfile(path, module_relative=False, verbose=True, name='textfile'))
    print(doctest.testfile(path, module_relative=False))
finally:
    os.remove(path)
