"""Run the interactive examples found in docstrings and text files.

An example is a '>>> ' line (continued by '... ' lines) followed by the
output it should print.  testmod() checks every docstring of a module,
testfile() a text file; each failure is reported with what was expected
and what came out, in the layout CPython's doctest uses.

The unittest integration (DocTestSuite, DocFileSuite) and the debugger
helpers are not provided.
"""

import sys
import io
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'script_from_examples',
    'testsource', 'TestResults',
]

TestResults = namedtuple('TestResults', 'failed attempted')


# ===========================================================================
# Option flags: one bit each, numbered in order of registration.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit of the option called name, allocating a new bit the
    first time the name is seen."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# How outputs are compared.
DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

# How failures are reported.
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

# In expected output: an empty line, and "any text".
BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

_DIFF_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF


# ===========================================================================
# Text helpers

def _indent(text, width=4):
    """text with every non-empty line moved right by width spaces."""
    pad = ' ' * width
    return '\n'.join(pad + line if line else line for line in text.split('\n'))


def _is_word_char(char):
    return char == '_' or char.isalnum()


def _exception_traceback(exc_info):
    """The traceback of exc_info as traceback.print_exception writes it."""
    import traceback
    text = io.StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=text)
    return text.getvalue()


def _ellipsis_match(want, got):
    """Whether got matches want when each '...' in want may stand for any
    text (the empty text included)."""
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
    head, middle, tail = pieces[0], pieces[1:-1], pieces[-1]
    if not (got.startswith(head) and got.endswith(tail)):
        return False
    low, high = len(head), len(got) - len(tail)
    if low > high:      # head and tail would overlap
        return False
    # Each middle piece is taken at its leftmost place: that leaves the
    # most room for the pieces after it.
    for piece in middle:
        found = got.find(piece, low, high)
        if found < 0:
            return False
        low = found + len(piece)
    return True


def _strip_exception_details(message):
    """The bare exception class name of a message such as
    'pkg.mod.Error: text' ('Error'), for IGNORE_EXCEPTION_DETAIL."""
    first_line = message.split('\n', 1)[0]
    name = first_line.split(':', 1)[0]
    return name[name.rfind('.') + 1:]


def _comment_line(line):
    """line as a Python comment."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _extract_future_flags(globs):
    """Compiler flags for the __future__ features imported into globs, so
    that examples compile as the module does."""
    import __future__
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if globs.get(feature_name, None) is feature:
            flags |= feature.compiler_flag
    return flags


# ===========================================================================
# Examples and tests

class Example:
    """One example: source (ending in a newline), want (the expected
    output; a newline ends it unless it is empty), exc_msg (the expected
    exception's last traceback line(s), or None), lineno (0-based, within
    the docstring), indent (of the '>>>') and options ({flag: bool} from
    '# doctest:' directives)."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        self.source = _newline_terminated(source)
        self.want = _newline_terminated(want) if want else want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = None if exc_msg is None else _newline_terminated(exc_msg)

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __hash__(self):
        return hash(self._key())


def _newline_terminated(text):
    return text if text.endswith('\n') else text + '\n'


class DocTest:
    """The examples of one docstring or file, with the globals they run
    in (a copy), the test's name, file name, the 0-based line of the
    docstring in that file (or None) and the docstring itself."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.name, self.filename, self.lineno = name, filename, lineno
        self.examples, self.docstring = examples, docstring
        self.globs = globs.copy()

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno, described)

    def _key(self):
        return (self.examples, self.docstring, self.globs, self.name,
                self.filename, self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        # Sorting order of find(): by name, file and line; no line sorts first.
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._order() < other._order()

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _order(self):
        line = -1 if self.lineno is None else self.lineno
        return (self.name, self.filename, line, id(self))


# ===========================================================================
# Parsing

def _spaces_before(line):
    return len(line) - len(line.lstrip(' '))


def _is_prompt(line):
    """A '>>>' line (after spaces only)."""
    return line.lstrip(' ').startswith('>>>')


def _is_continuation(line):
    return line.lstrip(' ').startswith('...')


def _is_blank(line):
    return line.strip(' ') == ''


def _is_blank_or_comment(source):
    """A source of one line that is empty or only a comment."""
    if source.endswith('\n'):
        source = source[:-1]
    if '\n' in source:
        return False
    text = source.lstrip(' ')
    return text == '' or text.startswith('#')


_TRACEBACK_HEADERS = ('Traceback (most recent call last):',
                      'Traceback (innermost last):')


def _expected_exception(want):
    """When want is a traceback, its exception part: everything from the
    first line (after the header) that starts with a word character.  None
    for any other want."""
    header = next((h for h in _TRACEBACK_HEADERS if want.startswith(h)), None)
    if header is None:
        return None
    first_line, _, body = want.partition('\n')
    if first_line[len(header):].strip():
        return None     # text after the header: not a traceback
    start = len(first_line) + 1
    for line in body.split('\n'):
        if line[:1] and _is_word_char(line[0]):
            return want[start:]
        start += len(line) + 1
    return None


def _directive_texts(source):
    """For every '# doctest: ...' comment of source, the text after the
    colon.  A comment whose rest of line holds a quote does not count (it
    is probably inside a string)."""
    found = []
    for line in source.split('\n'):
        hash_at = line.find('#')
        while hash_at >= 0:
            rest = line[hash_at + 1:].lstrip()
            if rest.startswith('doctest:'):
                rest = rest[len('doctest:'):].lstrip()
                if '"' not in rest and "'" not in rest:
                    found.append(rest)
                    break
            hash_at = line.find('#', hash_at + 1)
    return found


class _RawExample:
    """Where an example sits in the parsed text: its first line, the lines
    of its source and of its expected output, and its indentation."""

    def __init__(self, first, source_lines, want_lines, indent):
        self.first = first
        self.source_lines = source_lines
        self.want_lines = want_lines
        self.indent = indent

    @property
    def end(self):
        """The index of the first line after the example."""
        return self.first + len(self.source_lines) + len(self.want_lines)


def _find_raw_examples(lines):
    """The examples of a text split into lines, in order.  A source is a
    '>>>' line and the '...' lines after it; the expected output is the
    non-blank lines after that, up to the next '>>>'."""
    found = []
    index = 0
    count = len(lines)
    while index < count:
        if not _is_prompt(lines[index]):
            index += 1
            continue
        first = index
        index += 1
        while index < count and _is_continuation(lines[index]):
            index += 1
        source_end = index
        while (index < count and not _is_blank(lines[index])
               and not _is_prompt(lines[index])):
            index += 1
        found.append(_RawExample(first, lines[first:source_end],
                                 lines[source_end:index],
                                 _spaces_before(lines[first])))
    return found


class DocTestParser:
    """Finds the examples in a docstring."""

    def parse(self, string, name='<string>'):
        """The text of string cut into pieces: the text between examples
        (str) and the examples themselves (Example), in order."""
        string = string.expandtabs()
        common = self._min_indent(string)
        if common > 0:
            string = '\n'.join(line[common:] for line in string.split('\n'))
        lines = string.split('\n')
        starts = _line_offsets(lines)
        pieces = []
        text_from = 0
        for raw in _find_raw_examples(lines):
            pieces.append(string[text_from:starts[raw.first]])
            example = self._make_example(raw, name, common)
            if example is not None:
                pieces.append(example)
            # The example takes its last line's newline with it.
            text_from = starts[raw.end] if raw.end < len(lines) else len(string)
        pieces.append(string[text_from:])
        return pieces

    def get_examples(self, string, name='<string>'):
        """The Examples of string."""
        return [piece for piece in self.parse(string, name)
                if isinstance(piece, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename,
                       lineno, string)

    def _make_example(self, raw, name, common):
        """The Example for raw, or None when its source is only a comment."""
        indent, lineno = raw.indent, raw.first
        self._check_prompt_blank(raw.source_lines, indent, name, lineno)
        self._check_prefix(raw.source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in raw.source_lines)
        self._check_prefix(raw.want_lines, ' ' * indent, name,
                           lineno + len(raw.source_lines))
        want = '\n'.join(line[indent:] for line in raw.want_lines)
        options = self._find_options(source, name, lineno)
        if _is_blank_or_comment(source):
            return None
        return Example(source, want, _expected_exception(want), lineno=lineno,
                       indent=common + indent, options=options)

    def _find_options(self, source, name, lineno):
        """{flag: on?} for the '# doctest: +NAME, -NAME' directives of source."""
        options = {}
        for directive in _directive_texts(source):
            for option in directive.replace(',', ' ').split():
                sign, flag_name = option[0], option[1:]
                if sign not in '+-' or flag_name not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r' % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[flag_name]] = sign == '+'
        if options and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def _min_indent(self, string):
        """The least indentation of the lines that hold text."""
        widths = []
        for line in string.split('\n'):
            text = line.lstrip(' ')
            if text and not text[0].isspace():
                widths.append(len(line) - len(text))
        return min(widths, default=0)

    def _check_prompt_blank(self, lines, indent, name, lineno):
        """A prompt ('>>>' or '...') must be followed by a space or end its line."""
        for offset, line in enumerate(lines):
            if len(line) > indent + 3 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank '
                                 'after %s: %r' % (lineno + offset + 1, name,
                                                   line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        """Every non-empty line must start with prefix."""
        for offset, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r'
                                 % (lineno + offset + 1, name, line))


def _line_offsets(lines):
    """Where each line starts in the text the lines were split from."""
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    return offsets


# ===========================================================================
# Finding tests

def _defines_class(line, class_name):
    """Whether line begins the definition of class class_name."""
    text = line.lstrip()
    if not text.startswith('class'):
        return False
    text = text[len('class'):].lstrip()
    if not text.startswith(class_name):
        return False
    following = text[len(class_name):len(class_name) + 1]
    return not (following and _is_word_char(following)
                and class_name and _is_word_char(class_name[-1]))


def _opens_string(line):
    """Whether a string literal starts the line or follows one of its
    colons (possibly after a prefix such as r or b): where a docstring
    can begin."""
    starts = [0] + [at + 1 for at, char in enumerate(line) if char == ':']
    for position in starts:
        while position < len(line) and line[position].isspace():
            position += 1
        while position < len(line) and _is_word_char(line[position]):
            position += 1
        if position < len(line) and line[position] in '\'"':
            return True
    return False


class DocTestFinder:
    """Collects the DocTests of an object: its docstring and, for modules
    and classes, those of the functions, classes, methods and properties
    defined in it (and of a module's __test__ dictionary)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._verbose, self._recurse = verbose, recurse
        self._parser = parser
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj and what it contains, sorted by name.

        module is where obj lives (found by inspect when None; False for
        none); only objects from it are searched.  Examples run in a copy
        of globs (default: the module's namespace) updated with extraglobs."""
        import inspect
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        globs = self._namespace(module, globs, extraglobs)
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _source_lines(self, obj, module):
        """The lines of obj's source file (to place docstrings), or None."""
        import inspect
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # No .py file; a '<...>' name may still be in linecache.
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        import linecache
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _namespace(self, module, globs, extraglobs):
        if globs is not None:
            namespace = globs.copy()
        elif module is not None:
            namespace = module.__dict__.copy()
        else:
            namespace = {}
        if extraglobs is not None:
            namespace.update(extraglobs)
        namespace.setdefault('__name__', '__main__')
        return namespace

    def _from_module(self, module, object):
        """Whether object was defined in module (always true without one)."""
        import inspect
        if module is None:
            return True
        home = inspect.getmodule(object)
        if home is not None:
            return module is home
        if inspect.isfunction(object):
            return module.__dict__ is object.__globals__
        if _is_method_descriptor(object):
            owner = getattr(object, '__objclass__', None)
            if owner is not None:
                return module.__name__ == owner.__module__
            if hasattr(object, '__module__'):
                return module.__name__ == object.__module__
            return True     # nothing tells where it comes from
        if inspect.isclass(object) or hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        if isinstance(object, property):
            return True     # a property does not know its module
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        """Whether obj, seen through any functools.wraps layers, is a routine."""
        import inspect
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass        # a cycle of __wrapped__: judge obj itself
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        """Add the DocTest of obj, then recurse into what it holds."""
        import inspect
        if self._verbose:
            print('Finding tests in %s' % name)
        key = id(obj)
        if key in seen:
            return      # reached again through another name
        seen[key] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            inner = self._module_members(obj, name, module)
        elif inspect.isclass(obj):
            inner = self._class_members(obj, name, module)
        else:
            inner = ()
        for member_name, member in inner:
            self._find(tests, member, member_name, module, source_lines, globs, seen)

    def _module_members(self, obj, name, module):
        """(name, object) of what a module defines, then of its __test__
        entries; a generator, so that entries are checked only when reached."""
        import inspect
        for key, value in obj.__dict__.items():
            if ((self._is_routine(value) or inspect.isclass(value))
                    and self._from_module(module, value)):
                yield '%s.%s' % (name, key), value
        for key, value in getattr(obj, '__test__', {}).items():
            if not isinstance(key, str):
                raise ValueError("DocTestFinder.find: __test__ keys must be "
                                 "strings: %r" % (type(key),))
            if not (inspect.isroutine(value) or inspect.isclass(value)
                    or inspect.ismodule(value) or isinstance(value, str)):
                raise ValueError("DocTestFinder.find: __test__ values must be "
                                 "strings, functions, methods, classes, or "
                                 "modules: %r" % (type(value),))
            yield '%s.__test__.%s' % (name, key), value

    def _class_members(self, obj, name, module):
        import inspect
        members = []
        for key, value in obj.__dict__.items():
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if ((inspect.isroutine(value) or inspect.isclass(value)
                    or isinstance(value, property))
                    and self._from_module(module, value)):
                members.append(('%s.%s' % (name, key), value))
        return members

    def _get_test(self, obj, name, module, globs, source_lines):
        """The DocTest of obj's own docstring (obj itself for a string), or
        None when it is empty and empty tests are excluded."""
        docstring = _docstring_of(obj)
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line where obj's docstring starts, or None."""
        import inspect
        start = None
        if inspect.ismodule(obj) and getattr(obj, '__doc__', None) is not None:
            start = 0
        if inspect.isclass(obj) and getattr(obj, '__doc__', None) is not None:
            if source_lines is None:
                return None
            class_name = getattr(obj, '__name__', '-')
            start = next((number for number, line in enumerate(source_lines)
                          if _defines_class(line, class_name)), None)
        code = _code_of(obj)
        if code is not None:
            start = code.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # The docstring is the first string literal from there on.
        for number in range(start, len(source_lines)):
            if _opens_string(source_lines[number]):
                return number
        return None


def _docstring_of(obj):
    if isinstance(obj, str):
        return obj
    try:
        doc = obj.__doc__
    except (TypeError, AttributeError):
        return ''
    if doc is None:
        return ''
    return doc if isinstance(doc, str) else str(doc)


def _code_of(obj):
    """The code object that tells where obj is defined, when there is one:
    that of a method's function, of a documented function, of a frame."""
    import inspect
    if inspect.ismethod(obj):
        obj = obj.__func__
    if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
        obj = obj.__code__
    if inspect.istraceback(obj):
        obj = obj.tb_frame
    if inspect.isframe(obj):
        obj = obj.f_code
    return obj if inspect.iscode(obj) else None


def _is_method_descriptor(obj):
    import inspect
    if inspect.ismethoddescriptor(obj):
        return True
    is_wrapper = getattr(inspect, 'ismethodwrapper', None)
    return is_wrapper is not None and is_wrapper(obj)


# ===========================================================================
# Running tests

class _CapturedOutput:
    """Stands in for sys.stdout while examples run.  Read back, it always
    ends with a newline (if anything was written): an example's output is
    compared line by line."""

    encoding = None     # as for io.StringIO

    def __init__(self):
        self._text = io.StringIO()

    def write(self, text):
        return self._text.write(text)

    def writelines(self, lines):
        for line in lines:
            self._text.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        value = self._text.getvalue()
        if value and not value.endswith('\n'):
            value += '\n'
        return value

    def truncate(self, size=None):
        self._text.seek(size or 0)
        self._text.truncate()


def _example_of_filename(filename):
    """(test name, example number) for the '<doctest NAME[N]>' file names
    examples are compiled under, else None."""
    prefix = '<doctest '
    if not (filename.startswith(prefix) and filename.endswith(']>')):
        return None
    inner = filename[len(prefix):-2]
    bracket = inner.rfind('[')
    number = inner[bracket + 1:]
    if bracket < 1 or not number.isdecimal():
        return None
    return inner[:bracket], int(number)


def _reporting_writer(stream):
    """A function writing report text to stream; characters its encoding
    cannot take are written as backslash escapes."""
    encoding = getattr(stream, 'encoding', None)
    if encoding is None or encoding.lower() == 'utf-8':
        return stream.write

    def write(text):
        stream.write(str(text.encode(encoding, 'backslashreplace'), encoding))
    return write


# Outcomes of one example.
_PASSED, _FAILED, _RAISED = 'passed', 'failed', 'raised'


class DocTestRunner:
    """Runs the examples of DocTests with stdout captured, compares their
    output with an OutputChecker and reports failures (and, when verbose,
    every example).  Counts are kept per test name for summarize()."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        # Totals, and {test name: (failed, attempted)} for summarize().
        self.tries = self.failures = 0
        self._name2ft = {}
        self._fakeout = _CapturedOutput()

    # -- reports; subclasses may change them --

    def report_start(self, out, test, example):
        """In verbose mode, announce the example about to run."""
        if not self._verbose:
            return
        if example.want:
            expectation = 'Expecting:\n' + _indent(example.want)
        else:
            expectation = 'Expecting nothing\n'
        out('Trying:\n' + _indent(example.source) + expectation)

    def report_success(self, out, test, example, got):
        """In verbose mode, say that the example passed."""
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        """Show the expected and the actual output of a failed example."""
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Show the traceback of an example that raised unexpectedly."""
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if not test.filename:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            if test.lineno is None or example.lineno is None:
                line = '?'
            else:
                line = test.lineno + example.lineno + 1
            where = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        return '\n'.join([self.DIVIDER, where, 'Failed example:',
                          _indent(example.source)])

    # -- running --

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples, writing reports with out (default: the real
        stdout's write); return TestResults(failed, attempted).  The
        test's globals are cleared afterwards unless clear_globs is false."""
        import linecache
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = _reporting_writer(real_stdout)
        real_getlines = self.save_linecache_getlines = linecache.getlines
        real_displayhook = sys.displayhook
        sys.stdout = self._fakeout
        linecache.getlines = self._patched_getlines
        # An expression's value is shown the interactive prompt's way.
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = real_getlines
            sys.displayhook = real_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _patched_getlines(self, filename, module_globals=None):
        """linecache.getlines during a run: an example's source is known
        under its '<doctest NAME[N]>' file name, so tracebacks show it."""
        found = _example_of_filename(filename)
        if found is not None and found[0] == self.test.name:
            example = self.test.examples[found[1]]
            return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def _flags_for(self, example, base_flags):
        flags = base_flags
        for flag, turn_on in example.options.items():
            flags = flags | flag if turn_on else flags & ~flag
        return flags

    def _run_examples(self, test, compileflags, out):
        base_flags = self.optionflags
        failures = tries = 0
        for number, example in enumerate(test.examples):
            # After a failure, REPORT_ONLY_FIRST_FAILURE runs the rest
            # silently (the flags of the example before decide).
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = self._flags_for(example, base_flags)
            if self.optionflags & SKIP:
                continue
            if not quiet:
                self.report_start(out, test, example)
            tries += 1
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, 'single', compileflags, True), test.globs)
                exc_info = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if exc_info is not None and not quiet:
                got += _exception_traceback(exc_info)
            outcome = self._judge(example, got, exc_info)
            if outcome is not _PASSED:
                failures += 1
            if not quiet:
                self._report(outcome, out, test, example, got, exc_info)
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _judge(self, example, got, exc_info):
        """_PASSED, _FAILED or _RAISED (an exception nobody expected)."""
        check = self._checker.check_output
        flags = self.optionflags
        if exc_info is None:
            return _PASSED if check(example.want, got, flags) else _FAILED
        if example.exc_msg is None:
            return _RAISED
        import traceback
        message = traceback.format_exception_only(*exc_info[:2])[-1]
        if check(example.exc_msg, message, flags):
            return _PASSED
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg),
                _strip_exception_details(message), flags):
            return _PASSED
        return _FAILED

    def _report(self, outcome, out, test, example, got, exc_info):
        if outcome is _PASSED:
            self.report_success(out, test, example, got)
        elif outcome is _FAILED:
            self.report_failure(out, test, example, got)
        else:
            self.report_unexpected_exception(out, test, example, exc_info)

    def _record_outcome(self, test, failed, tried):
        earlier_failed, earlier_tried = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (earlier_failed + failed, earlier_tried + tried)
        self.failures += failed
        self.tries += tried

    # -- totals --

    def summarize(self, verbose=None):
        """Print the totals of everything run (per test when verbose) and
        return TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_failed = total_tried = 0
        for name, (failures, tries) in self._name2ft.items():
            assert failures <= tries
            total_tried += tries
            total_failed += failures
            if tries == 0:
                empty.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries)))
        if verbose:
            _print_passing(sorted(empty), sorted(passed))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (failures, tries) in sorted(failed):
                print(' %3d of %3d in %s' % (failures, tries, name))
        if verbose:
            print(total_tried, 'tests in', len(self._name2ft), 'items.')
            print(total_tried - total_failed, 'passed and', total_failed, 'failed.')
        if total_failed:
            print('***Test Failed***', total_failed, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failed, total_tried)

    def merge(self, other):
        """Add the per-test counts of another runner to this one's."""
        for name, (failures, tries) in other._name2ft.items():
            mine_failed, mine_tried = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (mine_failed + failures, mine_tried + tries)


def _print_passing(empty, passed):
    if empty:
        print(len(empty), 'items had no tests:')
        for name in empty:
            print('   ', name)
    if passed:
        print(len(passed), 'items passed all tests:')
        for name, tries in passed:
            print(' %3d tests in %s' % (tries, name))


# ===========================================================================
# Comparing outputs

def _blank_marker_lines_emptied(want):
    """want with its '<BLANKLINE>' lines (trailing whitespace allowed) made empty."""
    lines = want.split('\n')
    for index, line in enumerate(lines):
        if line.startswith(BLANKLINE_MARKER) and not line[len(BLANKLINE_MARKER):].strip():
            lines[index] = ''
    return '\n'.join(lines)


def _whitespace_lines_emptied(got):
    return '\n'.join('' if line.isspace() else line for line in got.split('\n'))


def _blank_lines_marked(got):
    """got with each line of spaces only (that ends in a newline) shown
    as '<BLANKLINE>'."""
    lines = got.split('\n')
    for index in range(len(lines) - 1):
        if _is_blank(lines[index]):
            lines[index] = BLANKLINE_MARKER
    return '\n'.join(lines)


def _diff_lines(want, got, optionflags):
    """(kind, lines) of the diff the REPORT_*DIFF flags ask for."""
    import difflib
    want_lines = want.splitlines(keepends=True)
    got_lines = got.splitlines(keepends=True)
    if optionflags & REPORT_UDIFF:
        # [2:] drops the '---'/'+++' header.
        return ('unified diff with -expected +actual',
                list(difflib.unified_diff(want_lines, got_lines, n=2))[2:])
    if optionflags & REPORT_CDIFF:
        return ('context diff with expected followed by actual',
                list(difflib.context_diff(want_lines, got_lines, n=2))[2:])
    differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
    return 'ndiff with -expected +actual', list(differ.compare(want_lines, got_lines))


class OutputChecker:
    """Decides whether an example's output matches what was expected, and
    describes the difference when it does not."""

    def _toAscii(self, text):
        # Non-ASCII characters as escapes, so that '\xe9' written in a
        # docstring matches an 'é' printed.
        return str(text.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        """Whether got is an acceptable output for want under optionflags."""
        got, want = self._toAscii(got), self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            # Outputs recorded when booleans printed as 1 and 0.
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _blank_marker_lines_emptied(want)
            got = _whitespace_lines_emptied(got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got, want = ' '.join(got.split()), ' '.join(want.split())
            if got == want:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        """Whether to show a diff rather than both outputs: always for
        ndiff, for the other kinds only when both outputs have more than
        two lines."""
        if optionflags & REPORT_NDIFF:
            return True
        if optionflags & _DIFF_FLAGS:
            return want.count('\n') > 2 and got.count('\n') > 2
        return False

    def output_difference(self, example, got, optionflags):
        """The report of how got differs from example.want."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _blank_lines_marked(got)
        if self._do_a_fancy_diff(want, got, optionflags):
            kind, lines = _diff_lines(want, got, optionflags)
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


# ===========================================================================
# Stopping at the first problem

class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly; exc_info
    holds the original exception."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises DocTestFailure or UnexpectedException at the
    first failing example instead of reporting it.  The globals are kept
    when that happens, for inspection."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        outcome = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)


# ===========================================================================
# Entry points

# The runner of the first testmod()/testfile() call; later calls add
# their counts to it.
master = None


def _keep_totals(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _make_runner(raise_on_error, verbose, optionflags):
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    return runner_class(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the examples of module m (default: __main__) and of everything
    defined in it; print a summary when report is true.  Returns
    TestResults(failed, attempted)."""
    import inspect
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    test_name = module.__name__ if name is None else name
    runner = _make_runner(raise_on_error, verbose, optionflags)
    finder = DocTestFinder(exclude_empty=exclude_empty)
    for test in finder.find(module, test_name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _keep_totals(runner)
    return TestResults(runner.failures, runner.tries)


def _normalize_module(module, depth=2):
    """A module from a module, a dotted name, or None (the caller's module,
    depth frames up)."""
    import inspect
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, test_path):
    """test_path ('/'-separated, relative) taken from module's directory."""
    import inspect
    import os
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        return os.path.join(os.path.split(module.__file__)[0], test_path)
    if module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        base = os.path.split(script)[0] if script else os.curdir
        return os.path.join(base, test_path)
    for directory in getattr(module, '__path__', ()):
        candidate = os.path.join(directory, test_path)
        if os.path.exists(candidate):
            return candidate
    raise ValueError("Can't resolve paths relative to the module %r (it has "
                     "no __file__)" % module.__name__)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
    with open(filename, encoding=encoding) as file:
        return file.read(), filename


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples of a text file, as one test.  The path is relative
    to the calling module's directory (or package's) unless module_relative
    is false.  Returns TestResults(failed, attempted)."""
    import os
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative,
                                    encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    namespace = {} if globs is None else globs.copy()
    if extraglobs is not None:
        namespace.update(extraglobs)
    namespace.setdefault('__name__', '__main__')
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, namespace, name, filename, 0))
    if report:
        runner.summarize()
    _keep_totals(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples in f's own docstring (not in what f contains)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of docstring s as a Python script: their sources as
    code, their expected outputs and the other text as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(line) for line in piece.split('\n')[:-1])
    # Empty comment lines at either end say nothing.
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """script_from_examples() of the docstring of the test called name in
    module (a module or its name)."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")
