"""Reading and writing INI-style configuration files.

A file holds sections, each headed by "[name]", holding "key = value" (or
"key: value") lines; values may continue on more deeply indented lines, and
lines starting with '#' or ';' are comments.  The DEFAULT section supplies
values to every other section.

RawConfigParser keeps values as they are written; ConfigParser expands
"%(name)s" references (BasicInterpolation) or, when asked, "${section:name}"
references (ExtendedInterpolation).  Both parsers are also mappings:
parser['section']['key'].
"""

from collections.abc import MutableMapping
from collections import ChainMap
import functools
import itertools
import os
import re
import sys

__all__ = ("NoSectionError DuplicateOptionError DuplicateSectionError "
           "NoOptionError InterpolationError InterpolationDepthError "
           "InterpolationMissingOptionError InterpolationSyntaxError "
           "ParsingError MissingSectionHeaderError ConfigParser "
           "SafeConfigParser RawConfigParser Interpolation "
           "BasicInterpolation ExtendedInterpolation LegacyInterpolation "
           "SectionProxy ConverterMapping DEFAULTSECT "
           "MAX_INTERPOLATION_DEPTH").split()

DEFAULTSECT = "DEFAULT"

# How many references deep an interpolated value may go.
MAX_INTERPOLATION_DEPTH = 10


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Exceptions

class Error(Exception):
    """Base class for the errors of this module; str() and repr() are both
    the message."""

    def __new__(cls, *args, **kwargs):
        # minipy's exception constructor takes no keyword arguments; the
        # __init__ methods below do (ParsingError(source=...), ...).
        return super().__new__(cls, *args)

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__

    def _describe(self, args, **attributes):
        # The constructor's arguments become args and attributes.
        for name, value in attributes.items():
            setattr(self, name, value)
        self.args = args


def _where(source, lineno):
    # "While reading from 'file' [line  3]: " when the place is known.
    if source is None:
        return None
    place = "While reading from " + repr(source)
    if lineno is not None:
        place += " [line {0:2d}]".format(lineno)
    return place + ": "


class NoSectionError(Error):
    """A section that does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self._describe((section,), section=section)


class DuplicateSectionError(Error):
    """A section added or read twice (in strict mode, within one source)."""

    def __init__(self, section, source=None, lineno=None):
        place = _where(source, lineno)
        if place is None:
            text = "Section %r already exists" % (section,)
        else:
            text = place + "section %r already exists" % (section,)
        Error.__init__(self, text)
        self._describe((section, source, lineno), section=section,
                       source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option read twice in one section of one source (strict mode)."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        place = _where(source, lineno)
        if place is None:
            text = "Option " + what
        else:
            text = place + "option " + what
        Error.__init__(self, text)
        self._describe((section, option, source, lineno), section=section,
                       option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """An option that is neither in the section nor in the defaults."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self._describe((option, section), option=option, section=section)


class InterpolationError(Error):
    """Base class for the errors met while expanding references."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self._describe((option, section, msg), option=option,
                       section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A reference to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains "
                "an interpolation key {!r} which is not a valid option name. "
                "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, text)
        self._describe((option, section, rawval, reference),
                       reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value whose references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nested more than MAX_INTERPOLATION_DEPTH deep (or a loop)."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} "
                "in section {!r} contains an interpolation key which cannot "
                "be substituted in {} steps. Raw value: {!r}"
                .format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, text)
        self._describe((option, section, rawval))


class ParsingError(Error):
    """Lines that could not be parsed; errors lists (lineno, line) pairs."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and "
                             "`source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self._describe((source,), source=source, errors=[])

    @property
    def filename(self):
        """The old name of source."""
        _deprecated_filename()
        return self.source

    @filename.setter
    def filename(self, value):
        _deprecated_filename()
        self.source = value

    def append(self, lineno, line):
        """Records one more bad line."""
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


def _deprecated_filename():
    import warnings
    warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.", DeprecationWarning, stacklevel=3)


class MissingSectionHeaderError(ParsingError):
    """An option line before the first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, '
                       'line: %d\n%r' % (filename, lineno, line))
        self._describe((filename, lineno, line), source=filename,
                       lineno=lineno, line=line)


# Marks an argument the caller did not give (None is a valid fallback).
_UNSET = object()


# ---------------------------------------------------------------------------
# Interpolation

class Interpolation:
    """No interpolation: values are used as they are.  Subclasses change
    values when they are read from a file (before_read), returned by get()
    (before_get), stored by set() (before_set) and written (before_write)."""

    def before_read(self, parser, section, option, value):
        """A value just read from a source."""
        return value

    def before_get(self, parser, section, option, value, defaults):
        """A value get() returns; *defaults* maps the names it may use."""
        return value

    def before_write(self, parser, section, option, value):
        """A value write() writes."""
        return value

    def before_set(self, parser, section, option, value):
        """A value set() stores."""
        return value


def _check_set_syntax(value, escape, reference_pattern, sign):
    # What remains once escapes and well-formed references are removed must
    # not hold the sign (the position reported is in that remainder).
    rest = reference_pattern.sub('', value.replace(escape, ''))
    position = rest.find(sign)
    if position >= 0:
        raise ValueError("invalid interpolation syntax in %r at position %d"
                         % (value, position))
    return value


class _MarkerInterpolation(Interpolation):
    """The scanner both marker syntaxes share: `MARK` doubled stands for itself,
    `MARK` + `OPEN` starts a reference `_KEYCRE` matches, which `_resolve` turns into
    (section, option, raw value); values holding the marker are expanded in turn."""

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        return _check_set_syntax(value, self.MARK * 2, self._KEYCRE, self.MARK)

    def _expand(self, parser, option, pieces, rest, section, values, depth):
        mark = self.MARK
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            sign = rest.find(mark)
            if sign < 0:
                pieces.append(rest)
                return
            pieces.append(rest[:sign])
            rest = rest[sign:]
            follower = rest[1:2]
            if follower == mark:
                pieces.append(mark)
                rest = rest[2:]
                continue
            if follower != self.OPEN:
                raise InterpolationSyntaxError(
                    option, section, self.FOLLOW_MESSAGE % (rest,))
            match = self._KEYCRE.match(rest)
            if match is None:
                raise InterpolationSyntaxError(
                    option, section,
                    "bad interpolation variable reference %r" % rest)
            rest = rest[match.end():]
            target_section, target, value = self._resolve(
                parser, match.group(1), rest, section, option, values, rawval)
            if mark not in value:
                pieces.append(value)
            elif not self.RESOLVE_IN_TARGET:
                self._expand(parser, target, pieces, value, section, values,
                             depth + 1)
            else:
                # The referenced value's own references are resolved in its
                # section.
                target_values = dict(parser.items(target_section, raw=True))
                self._expand(parser, target, pieces, value, target_section,
                             target_values, depth + 1)


class BasicInterpolation(_MarkerInterpolation):
    """"%(name)s" is replaced by the value of option *name* of the same
    section (or of the defaults); "%%" stands for a single "%"."""

    MARK, OPEN = '%', '('
    RESOLVE_IN_TARGET = False
    FOLLOW_MESSAGE = "'%%' must be followed by '%%' or '(', found: %r"
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    @staticmethod
    def _resolve(parser, reference, rest, section, option, values, rawval):
        name = parser.optionxform(reference)
        try:
            return section, option, values[name]
        except KeyError:
            raise InterpolationMissingOptionError(
                option, section, rawval, name) from None


class ExtendedInterpolation(_MarkerInterpolation):
    """"${name}" is replaced by option *name* of the same section (or of the
    defaults), "${section:name}" by an option of another section; "$$"
    stands for a single "$"."""

    MARK, OPEN = '$', '{'
    RESOLVE_IN_TARGET = True
    FOLLOW_MESSAGE = "'$' must be followed by '$' or '{', found: %r"
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, reference, rest, section, option, values, rawval):
        path = reference.split(':')
        if len(path) > 2:
            raise InterpolationSyntaxError(
                option, section, "More than one ':' found: %r" % (rest,))
        return self._look_up(parser, path, section, option, values, rawval)

    @staticmethod
    def _look_up(parser, path, section, option, values, rawval):
        # Returns (section, option, raw value) of a reference.
        try:
            if len(path) == 1:
                name = parser.optionxform(path[0])
                return section, name, values[name]
            name = parser.optionxform(path[1])
            return path[0], name, parser.get(path[0], name, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, rawval, ":".join(path)) from None


class LegacyInterpolation(Interpolation):
    """The interpolation of old Python versions: "%(name)s" through the %
    operator, repeated until no reference is left (deprecated)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn("LegacyInterpolation has been deprecated since Python "
                      "3.2 and will be removed from the configparser module "
                      "in Python 3.13. Use BasicInterpolation or "
                      "ExtendedInterpolation instead.", DeprecationWarning,
                      stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        rounds = 0
        while value and "%(" in value:
            if rounds == MAX_INTERPOLATION_DEPTH:
                raise InterpolationDepthError(option, section, original)
            rounds += 1
            respelled = self._KEYCRE.sub(
                functools.partial(self._interpolation_replace, parser=parser),
                value)
            try:
                value = respelled % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(
                    option, section, original, missing.args[0]) from None
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        # References get the parser's spelling of the name; other
        # characters stay.
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(name)


# ---------------------------------------------------------------------------
# Reading a file

class _FileReader:
    """One pass of a parser over the lines of one source."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        # Sections and (section, option) pairs met in this source: strict
        # parsers refuse to meet one twice.
        self.seen = set()
        self.section = None          # the dict options go into
        self.section_name = None
        self.option = None           # the option continuation lines extend
        self.indent = 0              # of the last section or option line
        self.errors = None           # ParsingError listing the bad lines

    def feed(self, lineno, line):
        parser = self.parser
        comment_at = parser._comment_start(line)
        content = line[:comment_at].strip()
        if not content:
            self._empty_line(comment_at is None)
            return
        nonspace = parser.NONSPACECRE.search(line)
        indent = nonspace.start() if nonspace else 0
        if self.section is not None and self.option and indent > self.indent:
            self.section[self.option].append(content)
            return
        self.indent = indent
        header = parser.SECTCRE.match(content)
        if header:
            self._start_section(header.group('header'), lineno)
        elif self.section is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self._option_line(content, lineno, line)

    def _empty_line(self, without_comment):
        if not self.parser._empty_lines_in_values:
            # Nothing may continue the value any more.
            self.indent = sys.maxsize
        elif (without_comment and self.section is not None and self.option
              and self.section[self.option] is not None):
            # Kept inside a multi-line value (trailing ones go at the end).
            self.section[self.option].append('')

    def _start_section(self, name, lineno):
        parser = self.parser
        if name in parser._sections:
            if parser._strict and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
            self.section = parser._sections[name]
            self.seen.add(name)
        elif name == parser.default_section:
            self.section = parser._defaults
        else:
            self.section = parser._new_section(name)
            self.seen.add(name)
        self.section_name = name
        self.option = None

    def _option_line(self, content, lineno, line):
        parser = self.parser
        match = parser._optcre.match(content)
        if match is None:
            self._bad_line(lineno, line)
            return
        name, value = match.group('option', 'value')
        if not name:
            self._bad_line(lineno, line)
        name = parser.optionxform(name.rstrip())
        if parser._strict and (self.section_name, name) in self.seen:
            raise DuplicateOptionError(self.section_name, name, self.source,
                                       lineno)
        self.seen.add((self.section_name, name))
        # Values are gathered as lists of lines until the source is read.
        self.section[name] = None if value is None else [value.strip()]
        self.option = name

    def _bad_line(self, lineno, line):
        if self.errors is None:
            self.errors = ParsingError(self.source)
        self.errors.append(lineno, repr(line))

    def finish(self):
        self.parser._join_multiline_values()
        if self.errors is not None:
            raise self.errors


# ---------------------------------------------------------------------------
# The parsers

class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()

    # A section header; subclasses may change the pattern (its group
    # "header" is the section name).
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    # An option line: the name, the delimiter, the value.
    OPTCRE = re.compile(r"(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$")
    # The same when options may come without a value.
    OPTCRE_NV = re.compile(
        r"(?P<option>.*?)\s*(?:(?P<vi>=|:)\s*(?P<value>.*))?$")
    NONSPACECRE = re.compile(r"\S")
    # The words getboolean() understands (in any case).
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        # How the file is read.
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        self._allow_no_value = allow_no_value
        self._delimiters = tuple(delimiters)
        self._optcre = self._option_pattern(self._delimiters, allow_no_value)
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._interpolation = self._choose_interpolation(interpolation)
        # What it holds: a dict_type mapping for every section and for the
        # defaults, and a SectionProxy for each.
        self.default_section = default_section
        self._dict = dict_type
        self._defaults = dict_type()
        self._sections = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def _option_pattern(self, delimiters, allow_no_value):
        if delimiters == ('=', ':'):
            return self.OPTCRE_NV if allow_no_value else self.OPTCRE
        alternatives = "|".join(re.escape(d) for d in delimiters)
        if allow_no_value:
            return re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*"
                              r"(?P<value>.*))?$" % alternatives)
        return re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$"
                          % alternatives)

    def _choose_interpolation(self, interpolation):
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            return Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type "
                            f"{type(interpolation)}")
        return interpolation

    def defaults(self):
        """The dict of the DEFAULT section."""
        return self._defaults

    def sections(self):
        """The names of the sections, DEFAULT not included."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Adds an empty section; ValueError for the default section's name,
        DuplicateSectionError when it exists."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        """Whether *section* exists (the default section does not count)."""
        return section in self._sections

    def options(self, section):
        """The option names of *section*, followed by those of the defaults
        that it does not override."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    # Reading.

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened, skipping the others; returns
        the names of those read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        return [os.fspath(name) if isinstance(name, os.PathLike) else name
                for name in filenames if self._read_path(name, encoding)]

    def _read_path(self, path, encoding):
        # False when the file cannot be opened or read.
        try:
            fp = open(path, encoding=encoding)
        except OSError:
            return False
        with fp:
            try:
                self._read(fp, path)
            except OSError:
                return False
        return True

    def read_file(self, f, source=None):
        """Reads lines from the iterable *f* (an open file, a list of
        strings...); *source* names it in errors (by default f.name)."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Reads configuration from a string."""
        import io
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; names and values become
        strings (None stays None)."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """The old name of read_file() (deprecated)."""
        _deprecated("This method will be removed in Python 3.12. Use "
                    "'parser.read_file()' instead.")
        self.read_file(fp, source=filename)

    def _read(self, fp, fpname):
        reader = _FileReader(self, fpname)
        for lineno, line in enumerate(fp, start=1):
            reader.feed(lineno, line)
        reader.finish()

    def _comment_start(self, line):
        """Where a comment starts in *line*: 0 for a comment line, the
        position of an inline comment, or None."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        # Inline comments are looked for in rounds, each round moving every
        # prefix to its next occurrence; the first round that finds one at
        # the start of the line or after whitespace decides.
        after = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while after:
            starts = []
            for prefix in list(after):
                found = line.find(prefix, after[prefix] + 1)
                if found < 0:
                    del after[prefix]
                    continue
                after[prefix] = found
                if found == 0 or line[found - 1].isspace():
                    starts.append(found)
            if starts:
                return min(starts)
        return None

    def _join_multiline_values(self):
        everything = itertools.chain([(self.default_section, self._defaults)],
                                     self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(
                    self, section, name, value)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # Getting values.

    def _unify_values(self, section, vars):
        """The values *section* sees: *vars*, then its own, then the
        defaults."""
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        given = {}
        if vars:
            for key, value in vars.items():
                given[self.optionxform(key)] = \
                    value if value is None else str(value)
        return ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of *option* in *section* (or in the defaults), after
        interpolation unless *raw*.  *vars* overrides values; *fallback* is
        returned instead of raising NoSectionError or NoOptionError."""
        try:
            values = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = values[option]
        except KeyError:
            if fallback is not _UNSET:
                return fallback
            raise NoOptionError(option, section)
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value,
                                              values)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        """get() passed through *conv*; a missing section or option gives
        *fallback* when there is one (a bad value still raises)."""
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        """get() converted with int()."""
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        """get() converted with float()."""
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        """get() read as a boolean: 1/yes/true/on or 0/no/false/off."""
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            pass
        raise ValueError('Not a boolean: %s' % value)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, SectionProxy) pairs of the parser
        as a mapping.  With one, the list of its (option, value) pairs, the
        defaults included, interpolated unless *raw*."""
        if section is _UNSET:
            return super().items()
        values = self._defaults.copy()
        try:
            values.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(values.keys())
        if vars:
            for key, value in vars.items():
                values[self.optionxform(key)] = value
        if raw:
            return [(name, values[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, values[name], values))
                for name in names]

    def popitem(self):
        """Removes the first section and returns (name, proxy); KeyError
        when there is none (the default section is never removed)."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def optionxform(self, optionstr):
        """How option names are stored: lower-cased.  Replace it (on the
        class or the instance) to keep case, for instance with str."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether *section* (or, for a false or default section name, the
        defaults) has *option*."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # Changing values.

    def _section_dict(self, section):
        # The dict set() and remove_option() change.
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Sets *option* in *section* (the defaults for a false or default
        section name)."""
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        options = self._section_dict(section)
        options[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes *option*; returns whether it was there."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Removes *section*; returns whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def _validate_value_types(self, *, section="", option="", value=""):
        """Refuses names and values that are not strings (None is allowed
        as a value when options may lack values)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    # Writing.

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration to the text file *fp*, in a form read()
        reads back."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " {} ".format(delimiter)
        if self._defaults:
            self._write_section(fp, self.default_section,
                                self._defaults.items(), delimiter)
        for section, options in self._sections.items():
            self._write_section(fp, section, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key,
                                                     value)
            if value is None and self._allow_no_value:
                fp.write(key + "\n")
            else:
                # Continuation lines are indented with a tab.
                text = str(value).replace('\n', '\n\t')
                fp.write("{}{}{}\n".format(key, delimiter, text))
        fp.write("\n")

    # The mapping of section names to SectionProxy objects (the default
    # section first).

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        return itertools.chain([self.default_section], self._sections)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # The section's options are replaced by those of *value* (setting a
        # section to its own proxy changes nothing).
        if key in self and self._proxies[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif self.has_section(key):
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    @property
    def converters(self):
        """The ConverterMapping of the get<name>() methods."""
        return self._converters


class ConfigParser(RawConfigParser):
    """A configuration parser with "%(name)s" interpolation, whose names and
    values must be strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Sets *option* in *section*; the value must be a string."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Adds an empty section; its name must be a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # The defaults given to the constructor are stored as they are,
        # without checking their interpolation syntax.
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """The old name of ConfigParser (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated("The SafeConfigParser class has been renamed to "
                    "ConfigParser in Python 3.2. This alias will be removed "
                    "in Python 3.12. Use ConfigParser directly instead.")


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of its options (the
    defaults included)."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        # get<name>() for every converter, with None as the fallback.
        for conv in parser.converters:
            method = 'get' + conv
            setattr(self, method,
                    functools.partial(self.get, _impl=getattr(parser, method)))

    name = property(lambda self: self._name,
                    doc="The section's name.")
    parser = property(lambda self: self._parser,
                      doc="The parser the section belongs to.")

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """The parser's get() for this section, with None as the default
        fallback."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars,
                      fallback=fallback, **kwargs)

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __iter__(self):
        return iter(self._options())

    def __len__(self):
        return len(self._options())

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        # An option only the defaults have cannot be removed here.
        if key not in self or not self._parser.remove_option(self._name, key):
            raise KeyError(key)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function.  Adding one makes a
    get<name>() method appear on the parser and its sections; the built-in
    ones (int, float, boolean) map to None."""

    _GETTER = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attribute in dir(self._parser):
            match = self._GETTER.match(attribute)
            if match and callable(getattr(self._parser, attribute)):
                self._data[match.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            method_name = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'
                             ''.format(key, type(key)))
        if method_name == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, method_name, getter)
        for proxy in self._parser.values():
            setattr(proxy, method_name,
                    functools.partial(proxy.get, _impl=getter))

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        method_name = 'get' + key
        for owner in [self._parser, *self._parser.values()]:
            if method_name in vars(owner):
                delattr(owner, method_name)
