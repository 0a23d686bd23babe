# sqlite3: the DB-API 2.0 interface to SQLite (PEP 249) with CPython 3.11's behaviour.
# The native core `_sqlite3` opens databases and runs one statement at a time to its
# end, handing back plain rows; connections, cursors, rows, transactions, parameter
# adaptation and column conversion are here.

import _sqlite3
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError, DataError,
                      OperationalError, IntegrityError, InternalError,
                      ProgrammingError, NotSupportedError, sqlite_version)
import datetime
import time

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


class PrepareProtocol:
    """PEP 246 style object adaption protocol type."""

    def __init__(self, *args, **kwargs):
        pass


# (type, protocol) -> adapter, and converter name (upper case) -> converter.
adapters = {}
converters = {}
_missing = object()


def register_adapter(type, adapter, /):
    """Register a function to adapt Python objects to SQLite values."""
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    """Register a function to convert SQLite values to Python objects."""
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_missing, /):
    """Adapt given object to given protocol."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    adapt_method = getattr(proto, "__adapt__", None)
    if adapt_method is not None:
        adapted = adapt_method(obj)
        if adapted is not None:
            return adapted
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        adapted = conform(proto)
        if adapted is not None:
            return adapted
    if alt is not _missing:
        return alt
    raise ProgrammingError("can't adapt")


def enable_callback_tracebacks(enable, /):
    """Enable or disable callback functions throwing errors to stderr."""
    _sqlite3.callback_tracebacks = bool(enable)


def _adapt_date(value):
    return value.isoformat()


def _adapt_datetime(value):
    return value.isoformat(" ")


def _convert_date(value):
    return datetime.date(*map(int, value.split(b"-")))


def _convert_timestamp(value):
    day, _, clock = value.decode().partition(" ")
    whole, _, fraction = clock.partition(".")
    year, month, dom = (int(part) for part in day.split("-"))
    hour, minute, second = (int(part) for part in whole.split(":"))
    micro = int((fraction + "000000")[:6]) if fraction else 0
    return datetime.datetime(year, month, dom, hour, minute, second, micro)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)


# complete_statement follows SQLite's own state machine (sqlite3_complete): a statement
# is complete when it ends in a semicolon outside strings, comments and trigger bodies.
_SEMI, _WS, _OTHER, _EXPLAIN, _CREATE, _TEMP, _TRIGGER, _END = range(8)
_TRANSITIONS = (
    (1, 0, 2, 3, 4, 2, 2, 2),   # invalid
    (1, 1, 2, 3, 4, 2, 2, 2),   # start
    (1, 2, 2, 2, 2, 2, 2, 2),   # normal
    (1, 3, 3, 2, 4, 2, 2, 2),   # explain
    (1, 4, 2, 2, 2, 4, 5, 2),   # create
    (6, 5, 5, 5, 5, 5, 5, 5),   # trigger
    (6, 6, 5, 5, 5, 5, 5, 7),   # semi
    (1, 7, 5, 5, 5, 5, 5, 5),   # end
)
_KEYWORDS = {"create": _CREATE, "trigger": _TRIGGER, "temp": _TEMP,
             "temporary": _TEMP, "end": _END, "explain": _EXPLAIN}


def _is_id_char(c):
    return c.isascii() and (c.isalnum() or c in "_$") or not c.isascii()


def complete_statement(statement):
    """Checks if a string contains a complete SQL statement."""
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not "
                        + type(statement).__name__)
    state = 0
    i = 0
    n = len(statement)
    while i < n:
        c = statement[i]
        if c == ";":
            token = _SEMI
        elif c in " \t\n\f\r":
            token = _WS
        elif c == "/" and statement.startswith("/*", i):
            end = statement.find("*/", i + 2)
            if end < 0:
                return False
            i = end + 1
            token = _WS
        elif c == "-" and statement.startswith("--", i):
            end = statement.find("\n", i)
            if end < 0:
                return state == 1
            i = end
            token = _WS
        elif c == "[":
            end = statement.find("]", i + 1)
            if end < 0:
                return False
            i = end
            token = _OTHER
        elif c in "`\"'":
            end = statement.find(c, i + 1)
            if end < 0:
                return False
            i = end
            token = _OTHER
        elif _is_id_char(c):
            j = i + 1
            while j < n and _is_id_char(statement[j]):
                j += 1
            token = _KEYWORDS.get(statement[i:j].lower(), _OTHER)
            i = j - 1
        else:
            token = _OTHER
        state = _TRANSITIONS[state][token]
        i += 1
    return state == 1


def _check_isolation_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    upper = level.upper()
    if upper not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                         "or 'EXCLUSIVE'")
    return upper


def _is_dml(sql):
    # As CPython 3.11 decides whether a statement opens a transaction: its first word
    # after whitespace (comments are not skipped).
    head = sql.lstrip(" \t\r\n")[:7].lower()
    return head.startswith(("insert", "update", "delete", "replace"))


def _converter_for(name, decltype, detect_types):
    if detect_types & PARSE_COLNAMES:
        start = name.find("[")
        if start >= 0:
            end = name.find("]", start + 1)
            if end >= 0:
                conv = converters.get(name[start + 1:end].upper())
                if conv is not None:
                    return conv
    if detect_types & PARSE_DECLTYPES and decltype:
        word = decltype.split("(")[0].split()
        if word:
            return converters.get(word[0].upper())
    return None


def _column_name(name, detect_types):
    if detect_types & PARSE_COLNAMES:
        start = name.find("[")
        if start >= 0:
            if start > 0 and name[start - 1] == " ":
                start -= 1
            return name[:start]
    return name


def _raw_bytes(value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    return str(value).encode()


class Connection:
    """SQLite database connection object."""

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    _db = None

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        if isinstance(database, bytes):
            database = database.decode()
        elif not isinstance(database, str):
            fspath = getattr(type(database), "__fspath__", None)
            if fspath is None:
                raise TypeError("expected str, bytes or os.PathLike object, not "
                                + type(database).__name__)
            database = fspath(database)
            if isinstance(database, bytes):
                database = database.decode()
        self._begin = None
        self._isolation_level = None
        self.isolation_level = isolation_level
        self._db = _sqlite3.open(database, uri)
        self._detect_types = detect_types
        self.row_factory = None
        self.text_factory = str

    def _check(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None and self._db is not None and self.in_transaction:
            self.commit()
        level = _check_isolation_level(level)
        self._begin = None if level is None else "BEGIN " + level
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return _sqlite3.in_transaction(self._db)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._db)

    def cursor(self, factory=None):
        """Return a cursor for the connection."""
        self._check()
        cursor = Cursor(self) if factory is None else factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not " + type(cursor).__name__)
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        """Executes an SQL statement."""
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        """Repeatedly executes an SQL statement."""
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        """Executes multiple SQL statements at once."""
        return self.cursor().executescript(sql_script)

    def commit(self):
        """Commit any pending transaction to the database."""
        self._check()
        if _sqlite3.in_transaction(self._db):
            _sqlite3.run(self._db, "COMMIT", None, None, None)

    def rollback(self):
        """Roll back to the start of any pending transaction."""
        self._check()
        if _sqlite3.in_transaction(self._db):
            _sqlite3.run(self._db, "ROLLBACK", None, None, None)

    def close(self):
        """Close the database connection (a pending transaction is rolled back)."""
        if self._db is not None:
            db = self._db
            self._db = None
            _sqlite3.close(db)

    def create_function(self, name, narg, func, *, deterministic=False):
        """Creates a new function."""
        self._check()
        _sqlite3.create_function(self._db, name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        """Creates a new aggregate."""
        self._check()
        _sqlite3.create_aggregate(self._db, name, n_arg, aggregate_class)

    def iterdump(self):
        """Returns iterator to the dump of the database in an SQL text format."""
        self._check()
        return _iterdump(self)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        if exc_type is None and exc_value is None and traceback is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False


_PLAIN_TYPES = frozenset((int, float, str, bytes, bytearray, type(None)))


def _adapt_parameter(value):
    # As CPython: values of the basic types bind as they are; others go through the
    # registered adapters or __conform__, and bind unchanged when none applies.
    if type(value) in _PLAIN_TYPES:
        return value
    return adapt(value, PrepareProtocol, value)


class _AdaptedMapping:
    # Named parameters read through adaptation, looked up one by one in the caller's
    # mapping (so that a dict subclass's __missing__ still applies).
    __slots__ = ("mapping",)

    def __init__(self, mapping):
        self.mapping = mapping

    def __getitem__(self, key):
        return _adapt_parameter(self.mapping[key])


class Cursor:
    """SQLite database cursor class."""

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not "
                            + type(connection).__name__)
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.rowcount = -1
        self.lastrowid = None
        self.description = None
        self._rows = None
        self._next = 0
        self._converters = None
        self._closed = False

    @property
    def connection(self):
        return self._connection

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self._connection._check()

    def _params(self, parameters):
        # CPython's rule: a list or tuple, or any sequence that is not a dict, binds by
        # position; a dict binds by name.
        if isinstance(parameters, dict):
            return _AdaptedMapping(parameters) if adapters else parameters
        if not isinstance(parameters, (list, tuple)):
            if (not hasattr(type(parameters), "__getitem__")
                    or not hasattr(type(parameters), "__len__")):
                raise ProgrammingError("parameters are of unsupported type")
            parameters = [parameters[i] for i in range(len(parameters))]
        if adapters:
            return [_adapt_parameter(v) for v in parameters]
        return parameters


    def _run(self, sql, parameter_sets, many):
        self._check()
        conn = self._connection
        self._rows = None
        self._next = 0
        self.description = None
        self.rowcount = -1
        dml = _is_dml(sql)
        if many and not dml and sql.strip():
            raise ProgrammingError("executemany() can only execute DML statements.")
        db = conn._db
        text_factory = conn.text_factory
        if text_factory is str:
            text_factory = None
        begin = conn._begin if dml else None
        rowcount = 0
        rows = None
        columns = None
        ran = False
        for parameters in parameter_sets:
            ran = True
            params = self._params(parameters)
            rows, columns, changes, lastrowid = _sqlite3.run(db, sql, params, text_factory,
                                                             begin)
            if dml:
                rowcount += changes
            if not many:
                self.lastrowid = lastrowid
        if not ran and begin is not None and not _sqlite3.in_transaction(db):
            # executemany over no parameters still opens the transaction.
            _sqlite3.run(db, begin, None, None, None)
        if dml:
            self.rowcount = rowcount
        if columns is not None:
            detect = conn._detect_types
            self.description = tuple(
                (_column_name(name, detect), None, None, None, None, None, None)
                for name, _ in columns)
            self._converters = None
            if detect:
                convs = [_converter_for(name, decl, detect) for name, decl in columns]
                if any(c is not None for c in convs):
                    self._converters = convs
            self._rows = rows

    def execute(self, sql, parameters=(), /):
        """Executes an SQL statement."""
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not " + type(sql).__name__)
        self._run(sql, (parameters,), False)
        return self

    def executemany(self, sql, seq_of_parameters, /):
        """Repeatedly executes an SQL statement."""
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not "
                            + type(sql).__name__)
        self._run(sql, iter(seq_of_parameters), True)
        return self

    def executescript(self, sql_script, /):
        """Executes multiple SQL statements at once."""
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        self._check()
        db = self._connection._db
        self._rows = None
        if _sqlite3.in_transaction(db):
            _sqlite3.run(db, "COMMIT", None, None, None)
        _sqlite3.run_script(db, sql_script)
        return self

    def _make_row(self, raw):
        convs = self._converters
        if convs is not None:
            raw = tuple(v if c is None or v is None else c(_raw_bytes(v))
                        for c, v in zip(convs, raw))
        if self.row_factory is not None:
            return self.row_factory(self, raw)
        return raw

    def _next_raw(self):
        rows = self._rows
        if rows is None:
            return None
        i = self._next
        if i >= len(rows):
            self._rows = None
            return None
        self._next = i + 1
        return rows[i]

    def fetchone(self):
        """Fetches one row from the resultset."""
        self._check()
        raw = self._next_raw()
        return None if raw is None else self._make_row(raw)

    def fetchmany(self, size=None):
        """Fetches several rows from the resultset."""
        self._check()
        if size is None:
            size = self.arraysize
        # As CPython counts: a size below one fetches everything.
        out = []
        while True:
            raw = self._next_raw()
            if raw is None:
                break
            out.append(self._make_row(raw))
            if len(out) == size:
                break
        return out

    def fetchall(self):
        """Fetches all rows from the resultset."""
        self._check()
        out = []
        while True:
            raw = self._next_raw()
            if raw is None:
                return out
            out.append(self._make_row(raw))

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        raw = self._next_raw()
        if raw is None:
            raise StopIteration
        return self._make_row(raw)

    def close(self):
        """Closes the cursor."""
        self._connection._check()
        self._rows = None
        self._closed = True

    def setinputsizes(self, sizes, /):
        """Required by DB-API. Does nothing in sqlite3."""

    def setoutputsize(self, size, column=None, /):
        """Required by DB-API. Does nothing in sqlite3."""


class Row:
    """A row of a query result, readable by column index or (case-insensitive) name."""

    __slots__ = ("_description", "_data")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not "
                            + type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not " + type(data).__name__)
        self._description = cursor.description
        self._data = data

    def keys(self):
        """Returns the keys of the row."""
        if self._description is None:
            return []
        return [column[0] for column in self._description]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            wanted = key.lower()
            for i, column in enumerate(self._description or ()):
                if column[0].lower() == wanted:
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


def _quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def _iterdump(connection):
    # The dump CPython's iterdump writes: the schema and every table's rows as INSERTs
    # in one transaction, then indexes, triggers and views.
    yield "BEGIN TRANSACTION;"
    cursor = connection.cursor()
    schema = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    for name, _, sql in schema:
        if name == "sqlite_sequence":
            yield "DELETE FROM \"sqlite_sequence\";"
        elif name == "sqlite_stat1":
            yield "ANALYZE \"sqlite_master\";"
        elif name.startswith("sqlite_"):
            continue
        else:
            yield "{0};".format(sql)
        table = _quote_ident(name)
        columns = [info[1] for info in
                   cursor.execute("PRAGMA table_info({0})".format(table)).fetchall()]
        query = "SELECT 'INSERT INTO {0} VALUES(' || {1} || ')' FROM {0};".format(
            table, "||','||".join("quote({0})".format(_quote_ident(c)) for c in columns))
        for row in cursor.execute(query).fetchall():
            yield "{0};".format(row[0])
    rest = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
    for _, _, sql in rest:
        yield "{0};".format(sql)
    yield "COMMIT;"


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=None, cached_statements=128, uri=False):
    """Opens a connection to the SQLite database file database."""
    if factory is None:
        factory = Connection
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)
