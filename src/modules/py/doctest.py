"""Module doctest -- a framework for running examples in docstrings.

Examples are interactive sessions (">>> " lines with the expected output after them)
found in docstrings or text files; testmod() and testfile() run them and report the
ones whose output differs, in CPython's format."""

import sys
import io

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'TestResults',
]

from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------
# Option flags

OPTIONFLAGS_BY_NAME = {}
_flag_count = 0


def register_optionflag(name):
    """The flag (a new bit) for an option name; the same flag when it exists."""
    global _flag_count
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << _flag_count
        _flag_count += 1
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 |
                    DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE |
                    ELLIPSIS |
                    SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF |
                   REPORT_CDIFF |
                   REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE |
                   FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# Small text helpers

def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into globs."""
    import __future__
    flags = 0
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _indent(s, indent=4):
    """Every non-empty line of s, indented."""
    pad = ' ' * indent
    return '\n'.join([pad + line if line else line for line in s.split('\n')])


def _exception_traceback(exc_info):
    """The traceback text of an exc_info triple, as print_exception writes it."""
    import traceback
    excout = io.StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=excout)
    return excout.getvalue()


class _SpoofOut:
    """The stdout examples write to: a StringIO whose value always ends in a newline."""

    def __init__(self):
        self._buf = io.StringIO()

    def write(self, s):
        return self._buf.write(s)

    def writelines(self, lines):
        for line in lines:
            self._buf.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    @property
    def encoding(self):
        return 'utf-8'

    def getvalue(self):
        result = self._buf.getvalue()
        # An example's output that does not end in a newline is compared as if it did.
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self._buf.seek(size or 0)
        self._buf.truncate()


def _ellipsis_match(want, got):
    """True when got matches want with '...' in want standing for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        # The text before the first '...' anchors at the start.
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        # The text after the last '...' anchors at the end.
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    # The pieces in between are matched leftmost first.
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _comment_line(line):
    """Return a commented form of the given line."""
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


def _strip_exception_details(msg):
    """The exception type name without its module and message: 'a.b.Err: x' -> 'Err'."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_blank_or_comment(source):
    """True for a one-line source that is blank or only a comment."""
    if source.endswith('\n'):
        source = source[:-1]
    if '\n' in source:
        return False
    stripped = source.lstrip(' ')
    return stripped == '' or stripped.startswith('#')


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


# ---------------------------------------------------------------------------
# Example and DocTest

class Example:
    """One interactive example: its source, the expected output (want), the expected
    exception message if any, its line number within the docstring, indentation and
    option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and
                self.want == other.want and
                self.lineno == other.lineno and
                self.indent == other.indent and
                self.options == other.options and
                self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals to run them in, the test's
    name, file name and line number."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__, self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and
                self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        self_lno = self.lineno if self.lineno is not None else -1
        other_lno = other.lineno if other.lineno is not None else -1
        return ((self.name, self.filename, self_lno, id(self))
                < (other.name, other.filename, other_lno, id(other)))


# ---------------------------------------------------------------------------
# DocTestParser

class DocTestParser:
    """Splits a docstring into examples and the text between them."""

    def parse(self, string, name='<string>'):
        """A list of the text pieces and Example objects of string, in order."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = '\n'.join([l[min_indent:] for l in string.split('\n')])

        output = []
        lines = string.split('\n')
        # Character offset of the start of each line.
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        total = len(string)

        charno = 0
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            indent = _leading_spaces(line)
            if not line.startswith('>>>', indent):
                i += 1
                continue
            # A PS1 line, then PS2 ('...') lines: the source.
            start_line = i
            i += 1
            while i < n and _is_ps2(lines[i]):
                i += 1
            source_lines = lines[start_line:i]
            # Then the non-blank lines that do not start a new example: the output.
            want_start = i
            while i < n and lines[i].strip(' ') != '' and not lines[i].lstrip(' ').startswith('>>>'):
                i += 1
            want_lines = lines[want_start:i]

            match_start = offsets[start_line]
            if i < n:
                match_end = offsets[i]
            else:
                match_end = total
            if not want_lines:
                # The match ends after the source and its newline.
                source_end = offsets[start_line] + len('\n'.join(source_lines))
                match_end = min(source_end + 1, total)

            output.append(string[charno:match_start])
            source, options, want, exc_msg = self._parse_example(
                indent, source_lines, want_lines, name, start_line)
            if not _is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=start_line,
                                      indent=min_indent + indent, options=options))
            charno = match_end
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Example objects of string."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, indent, source_lines, want_lines, name, lineno):
        # Source: every line without its indentation and 4-character prompt.
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])

        # Want: every line without the example's indentation.
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])
        if want_lines:
            want += '\n'

        exc_msg = _exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        """The {flag: on} options of the '# doctest: +FLAG' directives in source."""
        options = {}
        for directive in _option_directives(source):
            option_strings = directive.replace(',', ' ').split()
            for option in option_strings:
                if (option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == '+')
        if options and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _min_indent(self, s):
        """The smallest indentation of the lines of s that hold text."""
        indents = []
        for line in s.split('\n'):
            stripped = line.lstrip(' ')
            if stripped and not stripped[0].isspace():
                indents.append(len(line) - len(stripped))
        if len(indents) > 0:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        """Each prompt ('>>>' or '...') must be followed by a space (or end the line)."""
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        """Each non-empty line must start with prefix (the example's indentation)."""
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


def _is_ps2(line):
    return line.lstrip(' ').startswith('...')


def _exception_message(want):
    """When want is a traceback, the exception part: from the first line after the
    header that starts with a word character, to the end. None otherwise."""
    for header in ('Traceback (most recent call last):', 'Traceback (innermost last):'):
        if want.startswith(header):
            break
    else:
        return None
    lines = want.split('\n')
    if lines[0][len(header):].strip():
        return None
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        if line[:1] and _is_word_char(line[0]):
            return want[offset:]
        offset += len(line) + 1
    return None


def _option_directives(source):
    """The text after each '# doctest:' comment of source (up to the end of its line,
    which must not contain quotes)."""
    found = []
    for line in source.split('\n'):
        p = line.find('#')
        while p >= 0:
            rest = line[p + 1:].lstrip()
            if rest.startswith('doctest:'):
                rest = rest[len('doctest:'):].lstrip()
                if "'" not in rest and '"' not in rest:
                    found.append(rest)
                    break
            p = line.find('#', p + 1)
    return found


# ---------------------------------------------------------------------------
# DocTestFinder

class DocTestFinder:
    """Finds the docstrings of a module (or other object) and the objects in it, and
    makes a DocTest of each."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj and (recursively) of the functions, classes and
        methods it defines, sorted by name."""
        import inspect
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" % (type(obj),))

        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        # The source lines let each test report the line of its docstring.
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            source_lines = None
        else:
            if not file:
                file = inspect.getfile(obj)
                if not file[0] + file[-2:] == '<]>':
                    file = None
            if file is None:
                source_lines = None
            else:
                import linecache
                if module is not None:
                    source_lines = linecache.getlines(file, module.__dict__)
                else:
                    source_lines = linecache.getlines(file)
                if not source_lines:
                    source_lines = None

        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, object):
        """True when object was defined in module."""
        import inspect
        if module is None:
            return True
        elif inspect.getmodule(object) is not None:
            return module is inspect.getmodule(object)
        elif inspect.isfunction(object):
            return module.__dict__ is object.__globals__
        elif inspect.isclass(object):
            return module.__name__ == object.__module__
        elif hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        elif isinstance(object, property):
            return True
        else:
            raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        import inspect
        maybe_routine = obj
        try:
            maybe_routine = inspect.unwrap(maybe_routine)
        except ValueError:
            pass
        return inspect.isroutine(maybe_routine)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        import inspect
        if self._verbose:
            print('Finding tests in %s' % name)

        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)

        if inspect.ismodule(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                valname = '%s.%s' % (name, valname)
                if ((self._is_routine(val) or inspect.isclass(val)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen)

        if inspect.ismodule(obj) and self._recurse:
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)

        if inspect.isclass(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''

        lineno = self._find_lineno(obj, source_lines)

        if self._exclude_empty and not docstring:
            return None

        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in source_lines, or None."""
        import inspect
        lineno = None
        docstring = getattr(obj, '__doc__', None)

        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0

        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            cls_name = getattr(obj, '__name__', '-')
            for i, line in enumerate(source_lines):
                if _starts_class(line, cls_name):
                    lineno = i
                    break

        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1

        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for lineno in range(lineno, len(source_lines)):
                if _starts_string(source_lines[lineno]):
                    return lineno

        return None


def _starts_class(line, name):
    """CPython's r'^\\s*class\\s*NAME\\b'."""
    stripped = line.lstrip()
    if not stripped.startswith('class'):
        return False
    rest = stripped[5:].lstrip()
    if not rest.startswith(name):
        return False
    after = rest[len(name):len(name) + 1]
    return not (after and _is_word_char(after))


def _starts_string(line):
    """CPython's r'(^|.*:)\\s*\\w*("|\\')': a string literal opening at the start of
    the line or after a colon."""
    starts = [0]
    p = line.find(':')
    while p >= 0:
        starts.append(p + 1)
        p = line.find(':', p + 1)
    for i in starts:
        n = len(line)
        while i < n and line[i].isspace():
            i += 1
        while i < n and _is_word_char(line[i]):
            i += 1
        if i < n and line[i] in '"\'':
            return True
    return False


# ---------------------------------------------------------------------------
# Running examples

def _run_example_source(source, filename, compileflags, globs):
    """Runs one example as the interactive interpreter would: an expression's value
    is shown with sys.displayhook (repr on stdout) unless it is None."""
    if hasattr(sys, 'displayhook'):
        # A blank line ends a compound statement, as at the interactive prompt
        # (minipy's 'single' mode asks for it).
        if source.count('\n') > 1:
            source += '\n'
        exec(compile(source, filename, "single", compileflags, True), globs)
        return
    # Without sys.displayhook, minipy's 'single' mode would print to the real stdout,
    # so expressions are evaluated and shown here.
    try:
        code = compile(source, filename, "eval", compileflags, True)
    except SyntaxError:
        code = None
    if code is None:
        exec(compile(source, filename, "exec", compileflags, True), globs)
        return
    value = eval(code, globs)
    if value is not None:
        import builtins
        builtins._ = None
        sys.stdout.write(repr(value) + '\n')
        builtins._ = value


class DocTestRunner:
    """Runs the examples of DocTests, compares their output and reports failures
    (everything in verbose mode)."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting --

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        source = example.source
        out.append(_indent(source))
        return '\n'.join(out)

    # -- running --

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output

        for examplenum, example in enumerate(test.examples):
            # Only the first failure is reported with REPORT_ONLY_FIRST_FAILURE.
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)

            # The example's directives apply to it alone.
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag

            if self.optionflags & SKIP:
                continue

            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            # The file name lets tracebacks show the example's source (see
            # _patched_getlines).
            filename = '<doctest %s[%d]>' % (test.name, examplenum)

            try:
                _run_example_source(example.source, filename, compileflags, test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE

            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                import traceback
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS

            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif outcome is BOOM:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1

            if failures and self.optionflags & FAIL_FAST:
                break

        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def _patched_getlines(self, filename, module_globals=None):
        """linecache.getlines while a test runs: the source of '<doctest name[N]>'
        is the example's."""
        prefix = '<doctest '
        if filename.startswith(prefix) and filename.endswith(']>'):
            inner = filename[len(prefix):-2]
            bracket = inner.rfind('[')
            if bracket > 0:
                name, num = inner[:bracket], inner[bracket + 1:]
                if num.isdigit() and name == self.test.name:
                    example = self.test.examples[int(num)]
                    return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the examples of test with stdout captured, writing reports with out
        (the real stdout's write by default)."""
        import linecache
        self.test = test

        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)

        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout

        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._patched_getlines

        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    # -- summarizing --

    def summarize(self, verbose=None):
        """Prints how many examples of how many tests passed and failed; returns
        TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class OutputChecker:
    """Compares an example's expected output with the actual one."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        """True when got matches want under the option flags."""
        if got == want:
            return True

        # True and False may stand for 1 and 0 (Python 2.2 era outputs).
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True

        # '<BLANKLINE>' in want stands for an empty line of got.
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = _replace_blankline_markers(want)
            got = _empty_whitespace_lines(got)
            if got == want:
                return True

        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True

        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True

        return False

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' text of a failed example."""
        want = example.want
        # Empty lines of got are shown as <BLANKLINE>.
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = _mark_blank_lines(got)
        if self._do_a_fancy_diff(want, got, optionflags):
            return _fancy_diff(want, got, optionflags)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


    def _do_a_fancy_diff(self, want, got, optionflags):
        """Whether a diff (asked for by a REPORT_*DIFF flag) is shown instead
        of the expected and actual outputs."""
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        # ndiff marks differences within lines, useful even for one line
        if optionflags & REPORT_NDIFF:
            return True
        # the other diffs only help with a few lines
        return want.count('\n') > 2 and got.count('\n') > 2


def _fancy_diff(want, got, optionflags):
    """The 'Differences (...)' report of want against got."""
    import difflib
    want_lines = want.splitlines(keepends=True)
    got_lines = got.splitlines(keepends=True)
    if optionflags & REPORT_UDIFF:
        # the first two lines are the ---/+++ file header
        diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
        kind = 'unified diff with -expected +actual'
    elif optionflags & REPORT_CDIFF:
        diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
        kind = 'context diff with expected followed by actual'
    else:
        engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
        diff = list(engine.compare(want_lines, got_lines))
        kind = 'ndiff with -expected +actual'
    return 'Differences (%s):\n' % kind + _indent(''.join(diff))


def _replace_blankline_markers(want):
    """Lines of want that are '<BLANKLINE>' (and trailing whitespace) become empty."""
    lines = want.split('\n')
    for i, line in enumerate(lines):
        if line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == '':
            lines[i] = ''
    return '\n'.join(lines)


def _empty_whitespace_lines(got):
    """Lines of got holding only whitespace become empty."""
    lines = got.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip() == '':
            lines[i] = ''
    return '\n'.join(lines)


def _mark_blank_lines(got):
    """Lines of got holding only spaces (and followed by a newline) become
    '<BLANKLINE>'."""
    lines = got.split('\n')
    for i in range(len(lines) - 1):
        if lines[i].strip(' ') == '':
            lines[i] = BLANKLINE_MARKER
    return '\n'.join(lines)


class DocTestFailure(Exception):
    """A DocTest example has failed in debugging mode."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """A DocTest example has encountered an unexpected exception."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises the first failure (DocTestFailure) or unexpected
    exception (UnexpectedException) instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Entry points

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (__main__ by default) and of
    the functions and classes it defines; returns TestResults(failed, attempted)."""
    global master
    import inspect

    if m is None:
        m = sys.modules.get('__main__')

    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))

    if name is None:
        name = m.__name__

    finder = DocTestFinder(exclude_empty=exclude_empty)

    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)

    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)

    if report:
        runner.summarize()

    if master is None:
        master = runner
    else:
        master.merge(runner)

    return TestResults(runner.failures, runner.tries)


def _module_relative_path(module, test_path):
    import os
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*(test_path.split('/')))
    file = getattr(module, '__file__', None)
    if file:
        basedir = os.path.dirname(file)
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.dirname(sys.argv[0])
        else:
            basedir = os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)" % module.__name__)
    return os.path.join(basedir, test_path)


def _normalize_module(module, caller_globals):
    if isinstance(module, type(sys)):
        return module
    elif isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    elif module is None:
        return sys.modules[caller_globals['__name__']]
    else:
        raise TypeError("Expected a module, string, or None")


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file (relative to the calling module's directory
    unless module_relative is false); returns TestResults(failed, attempted)."""
    global master
    import os

    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")

    if module_relative:
        caller_globals = sys._getframe(1).f_globals if hasattr(sys, '_getframe') \
            else {'__name__': '__main__'}
        package = _normalize_module(package, caller_globals)
        filename = _module_relative_path(package, filename)
    with open(filename, encoding=encoding or "utf-8") as f:
        text = f.read()

    if name is None:
        name = os.path.basename(filename)

    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'

    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)

    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)

    if report:
        runner.summarize()

    if master is None:
        master = runner
    else:
        master.merge(runner)

    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples in the docstring of f (not of the objects inside it)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
