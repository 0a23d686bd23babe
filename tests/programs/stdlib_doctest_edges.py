# doctest: escapes in expected output, parser corner cases and errors,
# DebugRunner, script_from_examples/testsource, module-relative testfile,
# __test__ entries and option flags given to the runner.
import doctest
import io
import os
import sys


def capture(call, *args, **kwargs):
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = call(*args, **kwargs)
    finally:
        sys.stdout = saved
    noise = ('doctest.py', '<frozen doctest>', 'exec(compile(', 'compileflags, True), test.globs)')
    here = os.path.abspath(__file__)
    text = buffer.getvalue().replace(here, 'FILE').replace(os.path.dirname(here) + os.sep, '')
    print('\n'.join(line for line in text.split('\n') if not any(n in line for n in noise)), end='')
    return result


def escapes():
    """Non-ASCII output compared with escapes written in the docstring.

    >>> print('caf\\xe9')
    caf\\xe9
    >>> 'caf\\xe9'
    'caf\\xe9'
    >>> print('\\u2603 snow')
    \\u2603 snow
    >>> print('plain')
    plain\\x20
    """


def layout():
    """Outputs without a final newline, booleans for 1/0, blank lines.

    >>> print('no newline', end='')
    no newline
    >>> 1 == 1
    1
    >>> 2 > 3   # doctest: +DONT_ACCEPT_TRUE_FOR_1
    0
    >>> print('a\\n   \\nb')
    a
    <BLANKLINE>
    b
    >>> print('a\\n\\nb')   # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print('x\\ny\\nz')   # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    x ... z
    >>> import sys; sys.stdout.encoding is None
    True
    >>> _
    True
    """


def exceptions():
    """
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> raise KeyError('k')   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
      File "somewhere.py", line 3, in f
    builtins.KeyError: 'other'
    >>> raise OSError(2, 'gone')
    Traceback (innermost last):
    FileNotFoundError: [Errno 2] gone
    >>> print('Traceback (most recent call last): not really')
    Traceback (most recent call last): not really
    >>> int('x')   # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: invalid literal ...
    >>> int('y')
    Traceback (most recent call last):
    TypeError: wrong type
    """


__test__ = {
    'text': """
    >>> 6 * 7
    42
    """,
    'fn': escapes,
}

print(capture(doctest.testmod))
print(capture(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(capture(doctest.testmod, optionflags=doctest.SKIP))
print(capture(doctest.testmod, exclude_empty=True, report=False))
print(doctest.master.summarize(verbose=False) if doctest.master else None)

# Parsing.
parser = doctest.DocTestParser()
text = """
\t>>> x = [1,
\t...      2]
\t>>> x
\t[1, 2]
\t>>> print('...')
\t...
\t>>> print('a')
\ta
\t  indented more
\tText after.
"""
for piece in parser.parse(text, 'tabs'):
    if isinstance(piece, doctest.Example):
        print('EX', repr(piece.source), repr(piece.want), piece.lineno, piece.indent)
    else:
        print('TXT', repr(piece))
for bad in ['  >>> x\n ... y', '>>> x\n>>>y', '>>> # doctest: +ELLIPSIS', '>>> 1  # doctest: ELLIPSIS',
            '>>> 1  # doctest: +ELLIPSIS,+NOPE', '  >>> 1\n  2\n 3', '>>> s = "# doctest: +NOPE"',
            '>>> 1 # doctest: +ELLIPSIS # doctest: +SKIP']:
    try:
        print([(e.source, e.options) for e in parser.get_examples(bad, 'bad')])
    except ValueError as e:
        print('ValueError:', e)
print(parser.get_examples('>>> raise X\nTraceback (most recent call last):\n\n  ...\nX: y\n')[0].exc_msg)
print(parser.get_examples('>>> 1\n')[0].exc_msg, repr(parser.get_examples('>>>\n1\n')), parser.parse(''))

# DebugRunner stops at the first problem.
test = parser.get_doctest('>>> 1 + 1\n3\n>>> 2\n2\n', {}, 'dbg', 'dbg.txt', 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.DocTestFailure as failure:
    print('DocTestFailure', failure, repr(failure.got), failure.example.lineno, sorted(test.globs))
test = parser.get_doctest('>>> y = 5\n>>> 1 / 0\n', {}, 'dbg2', None, None)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.UnexpectedException as failure:
    print('UnexpectedException', failure, failure.exc_info[0].__name__, test.globs['y'])
try:
    doctest.testmod(raise_on_error=True, report=False)
except doctest.DocTestFailure as failure:
    print('raise_on_error', failure.test.name, repr(failure.example.source))

# Scripts from examples.
print(doctest.script_from_examples('''
    Intro line.

    >>> x = 2
    >>> x * 3
    6
    >>> print('a\\nb')
    a
    b
    Outro.
'''), end='')
print(doctest.testsource(sys.modules['__main__'], '__main__.__test__.text'), end='')
try:
    doctest.testsource('__main__', 'nope')
except ValueError as e:
    print('ValueError', e.args)

# testfile relative to this script's directory, with globs and a parser.
name = 'stdlib_doctest_edges_data.txt'
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), 'w') as f:
    f.write('>>> base + 1\n11\n>>> base * 2\n21\n')
try:
    print(capture(doctest.testfile, name, globs={'base': 10}))
    print(capture(doctest.testfile, name, extraglobs={'base': 10}, report=False, name='custom'))
finally:
    os.remove(os.path.join(os.path.dirname(os.path.abspath(__file__)), name))
try:
    doctest.testfile('/abs.txt')
except ValueError as e:
    print('ValueError', e)
try:
    doctest.testfile('x.txt', module_relative=False, package='os')
except ValueError as e:
    print('ValueError', e)

# Sorting, equality and finder verbosity.
a = doctest.DocTest([], {}, 'a', 'f', None, '')
b = doctest.DocTest([], {}, 'a', 'f', 3, '')
print(a < b, b < a, sorted([b, a])[0] is a, a == doctest.DocTest([], {}, 'a', 'f', None, ''))
print(doctest.Example('x', 'y', options={1: True}) == doctest.Example('x', 'y'), doctest.Example('s', '', 'E: m').exc_msg)
capture(doctest.run_docstring_examples, layout, {}, verbose=True, name='layout')
print(doctest.DocTestFinder(exclude_empty=False).find(capture, 'cap', module=False)[0])
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print('ValueError', e)
try:
    doctest.testmod(m='not a module')
except TypeError as e:
    print('TypeError', e)
