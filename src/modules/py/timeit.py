"""Measures how long small pieces of Python code take to run.

A Timer compiles a statement (and an optional setup statement) into a loop and
reports the seconds that loop took for a given number of passes.  The functions
timeit() and repeat() build a Timer and use it once; main() is the command line
interface.

Usage (command line, through main()):
    [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Options:
  -n/--number N   how many times to run the statement (default: pick a number
                  so that one measurement takes at least 0.2 seconds)
  -r/--repeat N   how many measurements to take (default 5)
  -s/--setup S    a statement run once before each measurement (default
                  'pass'); may be given several times
  -p/--process    measure process time instead of wall-clock time
  -u/--unit U     the unit of the result: nsec, usec, msec or sec
  -v/--verbose    print each raw measurement; twice for more digits
  -h/--help       print this text and exit
  --              the rest of the line is the statement
  statement       the code to time (several arguments are several lines;
                  default 'pass')
"""

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

import gc
import itertools
import sys
import time

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5
# The file name tracebacks show for the code a Timer compiles.
dummy_src_name = "<timeit-src>"

# Statements given as strings see this module's globals unless the caller passes
# a namespace of its own.
_globals = globals


def reindent(src, indent):
    """Indents every line of *src* after the first by *indent* spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _function_source(setup_line, stmt_line, extra_params):
    # The statement sits on line 6 of this text, so a traceback through it
    # points at the same line whatever Timer was given.
    return "\n".join([
        "",
        "def inner(_it, _timer" + extra_params + "):",
        "    " + setup_line,
        "    _t0 = _timer()",
        "    for _i in _it:",
        "        " + stmt_line,
        "        pass",
        "    _t1 = _timer()",
        "    return _t1 - _t0",
        "",
    ])


class Timer:
    """Times a statement run in a loop.

    *stmt* and *setup* are source strings (possibly several lines) or
    callables taking no arguments; *timer* is the clock, and *globals* the
    namespace a string statement runs in (by default this module's)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = _globals() if globals is None else globals
        defaults = {}
        extra_params = ""
        if isinstance(setup, str):
            # Compiled on its own first so that a syntax error is reported
            # against the setup text rather than the generated function.
            compile(setup, dummy_src_name, "exec")
            setup_prefix = setup + "\n"
            setup_line = reindent(setup, 4)
        elif callable(setup):
            defaults["_setup"] = setup
            extra_params += ", _setup=_setup"
            setup_prefix = ""
            setup_line = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # Checked after the setup text, as module-level code, so that
            # 'return' or 'yield' outside a function are refused.
            compile(setup_prefix + stmt, dummy_src_name, "exec")
            stmt_line = reindent(stmt, 8)
        elif callable(stmt):
            defaults["_stmt"] = stmt
            extra_params += ", _stmt=_stmt"
            stmt_line = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = _function_source(setup_line, stmt_line, extra_params)
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, namespace, defaults)
        self.inner = defaults["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled, showing the
        lines of the timed code too (to *file*, by default sys.stderr)."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            # No size or time: the entry is not a file on disk, so that
            # linecache.checkcache keeps it.
            linecache.cache[dummy_src_name] = (None, None, lines,
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Runs the setup once and the statement *number* times; returns the
        seconds taken, as a float.  Garbage collection is off meanwhile."""
        passes = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(passes, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Calls timeit(*number*) *repeat* times; returns the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a number of passes (1, 2, 5, 10, 20, 50, ...) that takes at
        least 0.2 seconds; returns (number, seconds).  *callback*, if given,
        is called with each (number, seconds) tried."""
        for number in _pass_counts():
            seconds = self.timeit(number)
            if callback:
                callback(number, seconds)
            if seconds >= 0.2:
                return (number, seconds)


def _pass_counts():
    # 1, 2, 5, 10, 20, 50, 100, ...
    scale = 1
    while True:
        for step in (1, 2, 5):
            yield scale * step
        scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Times *stmt* run *number* times; see Timer."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Times *stmt* run *number* times, *repeat* times over; see Timer."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# The command line.

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


class _Settings:
    """What the command line asked for."""

    def __init__(self):
        self.timer = default_timer
        self.number = 0          # 0: let autorange choose
        self.repeat = default_repeat
        self.setup = []
        self.unit = None
        self.verbose = 0
        self.precision = 3


def _read_options(opts, settings):
    # Returns an exit status when an option ends the run, else None.
    for name, value in opts:
        if name in ("-n", "--number"):
            settings.number = int(value)
        elif name in ("-s", "--setup"):
            settings.setup.append(value)
        elif name in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
            settings.unit = value
        elif name in ("-r", "--repeat"):
            settings.repeat = max(int(value), 1)
        elif name in ("-p", "--process"):
            settings.timer = time.process_time
        elif name in ("-v", "--verbose"):
            # Each -v after the first shows one more digit.
            if settings.verbose:
                settings.precision += 1
            settings.verbose += 1
        elif name in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
        # -t/--time and -c/--clock are accepted for old scripts and ignored.
    return None


def _format_seconds(seconds, unit, precision):
    if unit is None:
        # The largest unit the value reaches (nsec for anything smaller).
        unit = "nsec"
        for name, scale in sorted(_UNITS.items(), key=lambda item: item[1]):
            if seconds >= scale:
                unit = name
    return "%.*g %s" % (precision, seconds / _UNITS[unit], unit)


def _report_autorange(precision):
    def report(number, seconds):
        plural = "s" if number != 1 else ""
        print("{} loop{} -> {:.{}g} secs".format(number, plural, seconds,
                                                 precision))
    return report


def main(args=None, *, _wrap_timer=None):
    """Runs the command line *args* (by default sys.argv[1:]): times the
    statement and prints the best time per pass.  Returns an exit status
    (None on success)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, words = getopt.getopt(
            args, "n:u:s:r:tcpvh",
            ["number=", "setup=", "repeat=", "time", "clock", "process",
             "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    settings = _Settings()
    status = _read_options(opts, settings)
    if status is not None:
        return status
    stmt = "\n".join(words) or "pass"
    setup = "\n".join(settings.setup) or "pass"
    # Statements may import modules from the current directory.
    import os
    sys.path.insert(0, os.curdir)
    timer = settings.timer
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    return _measure(t, settings)


def _measure(t, settings):
    def show(seconds):
        return _format_seconds(seconds, settings.unit, settings.precision)

    number = settings.number
    if number == 0:
        callback = _report_autorange(settings.precision) if settings.verbose \
            else None
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if settings.verbose:
            print()
    try:
        raw_timings = t.repeat(settings.repeat, number)
    except:
        t.print_exc()
        return 1
    if settings.verbose:
        print("raw times: " + ", ".join(show(dt) for dt in raw_timings))
        print()
    per_pass = [dt / number for dt in raw_timings]
    best, worst = min(per_pass), max(per_pass)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", settings.repeat, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) was "
            "more than four times slower than the best time (%s)."
            % (show(worst), show(best)), UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
