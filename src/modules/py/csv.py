"""Reading and writing CSV files.

reader() turns lines of text into lists of fields and writer() does the
reverse, both driven by a dialect: the delimiter, the quoting rules and so on,
given by name ("excel", "excel-tab", "unix" or one registered), by a Dialect
class, or by keyword arguments. DictReader and DictWriter do the same with a
dict per row. Sniffer guesses the dialect of a sample of text. Errors in the
data raise csv.Error, with CPython's messages.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


# The classes CPython implements in its C module _csv are shown as living there.
Error.__module__ = "_csv"


def _from_c_module(cls, name):
    cls.__name__ = cls.__qualname__ = name
    cls.__module__ = "_csv"
    return cls


def _count_arguments(args, least, most):
    # The wording of the C functions' argument checks (their name is left out).
    if len(args) < least:
        raise TypeError(f" expected at least {least} argument, got {len(args)}")
    if len(args) > most:
        raise TypeError(f" expected at most {most} arguments, got {len(args)}")


_field_limit = 128 * 1024


def field_size_limit(*args, **kwargs):
    """Returns the largest field size the parser accepts; given new_limit,
    sets it too (the old value is returned)."""
    global _field_limit
    for key in kwargs:
        if key != "new_limit":
            raise TypeError(f"{key!r} is an invalid keyword argument for "
                            f"field_size_limit()")
    given = args + tuple(kwargs.values())
    if len(given) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument "
                        f"({len(given)} given)")
    previous = _field_limit
    if given:
        if type(given[0]) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = given[0]
    return previous


# --- dialects ---------------------------------------------------------------------

_PARAMETERS = ("delimiter", "doublequote", "escapechar", "lineterminator",
               "quotechar", "quoting", "skipinitialspace", "strict")

# Stands for "not given" (None is a value some parameters accept).
_UNSET = object()


def _one_char(name, value, default, none_allowed):
    if value is _UNSET:
        return default
    if value is None and none_allowed:
        return None
    if not isinstance(value, str):
        allowed = "string or None" if none_allowed else "string"
        raise TypeError(f'"{name}" must be {allowed}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


def _truth(value, default):
    return default if value is _UNSET else bool(value)


class _Dialect:
    """The checked, read-only set of parameters readers and writers work with
    (what CPython calls _csv.Dialect)."""

    __slots__ = _PARAMETERS

    def __new__(cls, *args, **kwargs):
        dialect, kwargs = _bind_dialect_arguments(args, kwargs)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        # An already checked dialect with nothing to change serves as it is.
        if isinstance(dialect, _Dialect) and not kwargs:
            return dialect
        given = {}
        for name in _PARAMETERS:
            if name in kwargs:
                given[name] = kwargs[name]
            elif dialect is not None:
                given[name] = getattr(dialect, name, _UNSET)
            else:
                given[name] = _UNSET
        checked = object.__new__(cls)
        for name, value in _checked_parameters(given):
            object.__setattr__(checked, name, value)
        return checked

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects "
                             f"is not writable")


_from_c_module(_Dialect, "Dialect")


def _line_end(value):
    # None passes here; it is refused once the other parameters are checked.
    if value is _UNSET:
        return "\r\n"
    if value is not None and not isinstance(value, str):
        raise TypeError('"lineterminator" must be a string')
    return value


def _quoting_number(value):
    if value is _UNSET:
        return QUOTE_MINIMAL
    if type(value) is not int:
        raise TypeError('"quoting" must be an integer')
    return value


def _bind_dialect_arguments(args, kwargs):
    """(dialect, parameters) from the arguments of _Dialect(), which takes the
    dialect and then the parameters, by position or by name."""
    names = ("dialect",) + _PARAMETERS
    if len(args) > len(names):
        raise TypeError(f"function takes at most {len(names)} arguments "
                        f"({len(args)} given)")
    bound = dict(kwargs)
    for position, (name, value) in enumerate(zip(names, args), 1):
        if name in kwargs:
            raise TypeError(f"argument for function given by name ({name!r}) "
                            f"and position ({position})")
        bound[name] = value
    for key in bound:
        if key not in names:
            raise TypeError(f"{key!r} is an invalid keyword argument for "
                            f"this function")
    dialect = bound.pop("dialect", None)
    return dialect, bound


def _checked_parameters(given):
    """(name, value) for every parameter, checked in the C module's order:
    each value on its own, then how they go together."""
    checks = {
        "delimiter": lambda value: _one_char("delimiter", value, ",", False),
        "doublequote": lambda value: _truth(value, True),
        "escapechar": lambda value: _one_char("escapechar", value, None, True),
        "lineterminator": _line_end,
        "quotechar": lambda value: _one_char("quotechar", value, '"', True),
        "quoting": _quoting_number,
        "skipinitialspace": lambda value: _truth(value, False),
        "strict": lambda value: _truth(value, False),
    }
    values = {name: checks[name](given[name]) for name in _PARAMETERS}
    if values["quoting"] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                                 QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    # quotechar=None with no quoting given means no quoting at all.
    if given["quotechar"] is None and given["quoting"] is _UNSET:
        values["quoting"] = QUOTE_NONE
    if values["quoting"] != QUOTE_NONE and values["quotechar"] is None:
        raise TypeError("quotechar must be set if quoting enabled")
    if values["lineterminator"] is None:
        raise TypeError("lineterminator must be set")
    return list(values.items())


_registry = {}


def register_dialect(*args, **fmtparams):
    """register_dialect(name[, dialect], **fmtparams): makes the dialect (with
    the parameters overridden) known by name."""
    _count_arguments(args, 1, 2)
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _Dialect(*args[1:], **fmtparams)


def unregister_dialect(name):
    """Forgets the dialect registered as name."""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """The dialect registered as name."""
    if name not in _registry:
        raise Error("unknown dialect")
    return _registry[name]


def list_dialects():
    """The names of the registered dialects."""
    return list(_registry)


class Dialect:
    """Base class of dialect descriptions: a subclass sets delimiter,
    quotechar, escapechar, doublequote, skipinitialspace, lineterminator and
    quoting as class attributes. Instantiating one checks them."""

    _name = ""
    _valid = False
    # Every parameter must be set by the subclass.
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        """Raises Error when the attributes do not make a valid dialect."""
        try:
            _Dialect(self)
        except TypeError as problem:
            raise Error(str(problem))


class excel(Dialect):
    """The usual CSV of spreadsheets: comma-separated, CRLF line ends."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Like excel, with tabs between the fields."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """CSV as Unix tools write it: LF line ends, every field quoted."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# --- reading ----------------------------------------------------------------------

# Fed to the parser after each line of input, once its characters are done.
_END_OF_LINE = None


class _Reader:
    """Iterator over the records of CSV text, each a list of fields.

    The parser is a state machine: its state is the method (taken from the
    class, called with the reader) that will handle the next character, a str
    of length 1 or _END_OF_LINE.
    """

    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0
        self._fields = []
        self._chars = []
        self._numeric = False
        self._state = _Reader._start_record

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._chars = []
        self._numeric = False
        self._state = _Reader._start_record
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                return self._at_end_of_input()
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not "
                            f"{type(line).__name__:.200} (the file should be "
                            f"opened in text mode)")
            self.line_num += 1
            for char in line:
                self._state(self, char)
            self._state(self, _END_OF_LINE)
            if self._state is _Reader._start_record:
                return self._fields

    def _at_end_of_input(self):
        # Input that stops inside a field still ends the record, unless strict.
        if self._chars or self._state is _Reader._in_quoted_field:
            if self.dialect.strict:
                raise Error("unexpected end of data")
            self._end_field()
            return self._fields
        raise StopIteration

    # -- building fields

    def _add(self, char):
        if len(self._chars) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._chars.append(char)

    def _end_field(self):
        field = "".join(self._chars)
        self._chars = []
        if self._numeric:
            # QUOTE_NONNUMERIC: an unquoted field is a number.
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _end_record_at(self, char):
        # A line break ends the record; a "\r\n" pair is eaten first.
        self._end_field()
        self._state = (_Reader._start_record if char is _END_OF_LINE
                       else _Reader._eat_line_break)

    def _quoting_char(self, char):
        dialect = self.dialect
        return char == dialect.quotechar and dialect.quoting != QUOTE_NONE

    # -- the states

    def _start_record(self, char):
        if char is _END_OF_LINE:
            # An empty line: the record is [].
            return
        if char in ("\n", "\r"):
            self._state = _Reader._eat_line_break
            return
        self._state = _Reader._start_field
        self._start_field(char)

    def _start_field(self, char):
        dialect = self.dialect
        if char is _END_OF_LINE or char in ("\n", "\r"):
            self._end_record_at(char)
        elif self._quoting_char(char):
            self._state = _Reader._in_quoted_field
        elif char == dialect.escapechar:
            self._state = _Reader._escaped_char
        elif char == " " and dialect.skipinitialspace:
            pass
        elif char == dialect.delimiter:
            self._end_field()
        else:
            if dialect.quoting == QUOTE_NONNUMERIC:
                self._numeric = True
            self._add(char)
            self._state = _Reader._in_field

    def _escaped_char(self, char):
        if char in ("\n", "\r"):
            self._add(char)
            self._state = _Reader._after_escaped_line_break
            return
        self._add("\n" if char is _END_OF_LINE else char)
        self._state = _Reader._in_field

    def _after_escaped_line_break(self, char):
        # An escaped line break may end the line without ending the record.
        if char is not _END_OF_LINE:
            self._in_field(char)

    def _in_field(self, char):
        dialect = self.dialect
        if char is _END_OF_LINE or char in ("\n", "\r"):
            self._end_record_at(char)
        elif char == dialect.escapechar:
            self._state = _Reader._escaped_char
        elif char == dialect.delimiter:
            self._end_field()
            self._state = _Reader._start_field
        else:
            # (The state stays as it is: after an escaped line break, the end
            # of the line still does not end the record.)
            self._add(char)

    def _in_quoted_field(self, char):
        if char is _END_OF_LINE:
            # The line break belongs to the field; the next line continues it.
            return
        if char == self.dialect.escapechar:
            self._state = _Reader._escape_in_quoted_field
        elif self._quoting_char(char):
            self._state = (_Reader._quote_in_quoted_field
                           if self.dialect.doublequote else _Reader._in_field)
        else:
            self._add(char)

    def _escape_in_quoted_field(self, char):
        self._add("\n" if char is _END_OF_LINE else char)
        self._state = _Reader._in_quoted_field

    def _quote_in_quoted_field(self, char):
        dialect = self.dialect
        if self._quoting_char(char):
            # A doubled quote stands for one.
            self._add(char)
            self._state = _Reader._in_quoted_field
        elif char == dialect.delimiter:
            self._end_field()
            self._state = _Reader._start_field
        elif char is _END_OF_LINE or char in ("\n", "\r"):
            self._end_record_at(char)
        elif dialect.strict:
            raise Error(f"'{dialect.delimiter}' expected after '{dialect.quotechar}'")
        else:
            self._add(char)
            self._state = _Reader._in_field

    def _eat_line_break(self, char):
        if char is _END_OF_LINE:
            self._state = _Reader._start_record
        elif char not in ("\n", "\r"):
            raise Error("new-line character seen in unquoted field - do you need "
                        "to open the file in universal-newline mode?")


_from_c_module(_Reader, "reader")


def reader(*args, **fmtparams):
    """reader(csvfile[, dialect], **fmtparams): an iterator over the records of
    csvfile, any iterable of lines, as lists of strings."""
    _count_arguments(args, 1, 2)
    lines = iter(args[0])
    return _Reader(lines, _Dialect(*args[1:], **fmtparams))


# --- writing ----------------------------------------------------------------------

def _is_number(value):
    """What the C API calls a number: a complex, or anything convertible with
    __index__, __int__ or __float__."""
    kind = type(value)
    return (isinstance(value, complex) or hasattr(kind, "__index__")
            or hasattr(kind, "__int__") or hasattr(kind, "__float__"))


class _Writer:
    """Writes rows, iterables of fields, as CSV records to a file."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _needs_care(self, char):
        dialect = self.dialect
        return (char == dialect.delimiter or char == dialect.escapechar
                or char == dialect.quotechar or char in dialect.lineterminator)

    def _encode_field(self, text, quoted):
        """text as it goes into the record: special characters escaped (or the
        field quoted, as the dialect says), and quoted when asked to be."""
        dialect = self.dialect
        pieces = []
        for char in text:
            if self._needs_care(char):
                if dialect.quoting == QUOTE_NONE:
                    escape = True
                elif char == dialect.quotechar:
                    # A quote in a quoted field is doubled, or else escaped.
                    escape = not dialect.doublequote
                    if not escape:
                        pieces.append(char)
                else:
                    escape = char == dialect.escapechar
                if not escape and dialect.quoting != QUOTE_NONE:
                    quoted = True
                if escape:
                    if dialect.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    pieces.append(dialect.escapechar)
            pieces.append(char)
        body = "".join(pieces)
        return dialect.quotechar + body + dialect.quotechar if quoted else body

    def _field_text(self, field):
        dialect = self.dialect
        if dialect.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(field)
        else:
            quoted = dialect.quoting == QUOTE_ALL
        if field is None:
            text = ""
        elif isinstance(field, str):
            text = field
        else:
            text = str(field)
        return self._encode_field(text, quoted)

    def writerow(self, row):
        """Writes one record; returns what the file's write() returned."""
        dialect = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__:.200}"
                        ) from None
        texts = [self._field_text(field) for field in fields]
        if texts == [""]:
            # A record of one empty field would read back as no field at all.
            if dialect.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            texts = [dialect.quotechar * 2]
        return self._write(dialect.delimiter.join(texts) + dialect.lineterminator)

    def writerows(self, rows):
        """Writes every row of rows."""
        for row in rows:
            self.writerow(row)


_from_c_module(_Writer, "writer")


def writer(*args, **fmtparams):
    """writer(fileobj[, dialect], **fmtparams): an object writing rows as CSV
    records to fileobj (anything with a write() method)."""
    _count_arguments(args, 1, 2)
    write = getattr(args[0], "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _Dialect(*args[1:], **fmtparams))


# --- rows as dicts ----------------------------------------------------------------

class DictReader:
    """Reads records as dicts: the fields keyed by fieldnames (by default the
    first record). Extra fields go in a list under restkey; missing ones get
    restval. Empty lines are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.line_num = 0

    def __next__(self):
        if self.line_num == 0:
            # Before the first record: take the header out of the way.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                record[name] = self.restval
        return record

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        """The keys of the dicts; unless given, the first record of the file,
        read the first time they are needed."""
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value


class DictWriter:
    """Writes dicts as records, their values in the order of fieldnames;
    restval fills in missing keys. A key not in fieldnames raises ValueError,
    or is ignored with extrasaction="ignore"."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' "
                             f"or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a record."""
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        """Writes one dict as a record."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Writes every dict of rowdicts."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# --- guessing the dialect ---------------------------------------------------------

# Pieces of the patterns that find a quoted field with what surrounds it.
_DELIM = r"(?P<delim>[^\w\n\"'])"
_SPACE = r"(?P<space> ?)"
_QUOTED = r"(?P<quote>[\"']).*?(?P=quote)"
_LINE_START = r"(?:^|\n)"
_LINE_END = r"(?:$|\n)"

# Tried in turn until one matches: a quoted field between delimiters, at the
# start of a line, at the end of one, alone on its line.
_QUOTED_FIELD_PATTERNS = (
    _DELIM + _SPACE + _QUOTED + "(?P=delim)",
    _LINE_START + _QUOTED + _DELIM + _SPACE,
    _DELIM + _SPACE + _QUOTED + _LINE_END,
    _LINE_START + _QUOTED + _LINE_END,
)


def _most_frequent(counts):
    # The key with the highest count; the first one on a tie.
    return max(counts, key=counts.get)


def _skips_initial_space(line, delimiter):
    # Every delimiter on the line is followed by a space.
    return line.count(delimiter) == line.count(delimiter + " ")


class Sniffer:
    """Guesses the format of CSV data from a sample of it: sniff() gives a
    Dialect subclass, has_header() tells whether the first row looks like
    column names."""

    def __init__(self):
        # Taken in this order when several delimiters are equally likely.
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample; delimiters, if given, limits
        the characters that may be the delimiter."""
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quotechar, doublequote, delimiter, skipinitialspace = guess
        if not delimiter:
            # No quoted fields to tell: count characters per line instead.
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
            if not delimiter:
                raise Error("Could not determine delimiter")
        # A reader needs some quote character, even if none was seen.
        return _sniffed_dialect(delimiter, quotechar or '"', doublequote,
                                skipinitialspace)

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) read from the
        quoted fields of data; the delimiter is '' when they do not show it."""
        import re
        for source in _QUOTED_FIELD_PATTERNS:
            pattern = re.compile(source, re.DOTALL | re.MULTILINE)
            found = list(pattern.finditer(data))
            if found:
                break
        else:
            return "", False, None, 0
        quotes, delims, spaced = {}, {}, 0
        has_delim = "delim" in pattern.groupindex
        has_space = "space" in pattern.groupindex
        for match in found:
            quote = match.group("quote")
            quotes[quote] = quotes.get(quote, 0) + 1
            if not has_delim:
                continue
            delim = match.group("delim")
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if has_space and match.group("space"):
                spaced += 1
        quotechar = _most_frequent(quotes)
        if delims:
            delim = _most_frequent(delims)
            skipinitialspace = delims[delim] == spaced
        else:
            # A single column of quoted values.
            delim, skipinitialspace = "", 0
        # Three quotes within one field mean quotes inside are doubled.
        separator = re.escape(delim)
        plain = f"[^{separator}\\n]*"
        doubled = re.compile(
            f"(({separator})|^)\\W*{quotechar}{plain}{quotechar}{plain}"
            f"{quotechar}\\W*(({separator})|$)", re.MULTILINE)
        doublequote = doubled.search(data) is not None
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII character
        occurs per line: a delimiter occurs equally often on (nearly) every
        line. Lines are examined ten at a time until one character stands
        out; ('', 0) when none does."""
        lines = [line for line in data.split("\n") if line]
        chunk = min(10, len(lines))
        # For each character: how many lines have it 0, 1, 2... times.
        histograms = {chr(code): {} for code in range(127)}
        modes = {}
        delims = {}
        examined = 0
        for start in range(0, len(lines), chunk or 1):
            examined += 1
            for line in lines[start:start + chunk]:
                for char, histogram in histograms.items():
                    times = line.count(char)
                    histogram[times] = histogram.get(times, 0) + 1
            for char, histogram in histograms.items():
                mode = _histogram_mode(histogram)
                if mode is not None:
                    modes[char] = mode
            lines_seen = float(min(chunk * examined, len(lines)))
            _collect_consistent(modes, delims, lines_seen, delimiters)
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, _skips_initial_space(lines[0], delim)
        if not delims:
            return "", 0
        if len(delims) > 1:
            for delim in self.preferred:
                if delim in delims:
                    return delim, _skips_initial_space(lines[0], delim)
        # Else the character whose (frequency, lines) pair is the largest.
        delim = max((mode, char) for char, mode in delims.items())[1]
        return delim, _skips_initial_space(lines[0], delim)

    def has_header(self, sample):
        """Whether the first row of sample looks like a header: columns whose
        values are all numbers, or all of one length, vote yes when the first
        row differs and no when it fits."""
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        # Per column: complex (numeric values), a length, or None (nothing yet).
        kinds = dict.fromkeys(range(len(header)))
        for number, row in enumerate(rows):
            if number > 20:
                break
            if len(row) != len(header):
                continue
            for column in list(kinds):
                kind = _value_kind(row[column])
                if kind != kinds[column]:
                    if kinds[column] is None:
                        kinds[column] = kind
                    else:
                        # Not consistent: the column has no say.
                        del kinds[column]
        votes = 0
        for column, kind in kinds.items():
            votes += 1 if _differs_from(header[column], kind) else -1
        return votes > 0


def _sniffed_dialect(delimiter, quotechar, doublequote, skipinitialspace):
    """The Dialect subclass Sniffer.sniff() returns (a new class each time)."""
    attributes = {
        "__module__": __name__, "__qualname__": "Sniffer.sniff.<locals>.dialect",
        "_name": "sniffed", "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL,
        "doublequote": doublequote, "delimiter": delimiter,
        "quotechar": quotechar, "skipinitialspace": skipinitialspace,
    }
    return type("dialect", (Dialect,), attributes)


def _histogram_mode(histogram):
    """(frequency, weight) for a character: its most common number of
    occurrences per line, weighed by the lines showing it less the lines
    that do not; None for a character seen on no line."""
    entries = list(histogram.items())
    if len(entries) == 1:
        return None if entries[0][0] == 0 else entries[0]
    top = max(entries, key=lambda entry: entry[1])
    others = sum(count for times, count in entries) - top[1]
    return top[0], top[1] - others


def _collect_consistent(modes, delims, lines_seen, delimiters):
    """Puts in delims the characters present on (nearly) every line the same
    number of times: consistency starts at 100% and comes down a percent at a
    time to 90% until some character qualifies."""
    consistency = 1.0
    while not delims and consistency >= 0.9:
        for char, (times, weight) in modes.items():
            if (times > 0 and weight > 0 and weight / lines_seen >= consistency
                    and (delimiters is None or char in delimiters)):
                delims[char] = (times, weight)
        consistency -= 0.01


def _value_kind(text):
    # complex when the text reads as a number, else its length.
    try:
        complex(text)
    except (ValueError, OverflowError):
        return len(text)
    return complex


def _differs_from(header_value, kind):
    if type(kind) == type(0):
        return len(header_value) != kind
    try:
        kind(header_value)
    except (ValueError, TypeError):
        return True
    return False
