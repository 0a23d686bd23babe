"""Line-by-line memory usage of functions (the memory_profiler package's interface).

`@profile` prints, when the decorated function returns, the memory in use after each
of its lines, the increment each line caused and how often it ran. The figures are
the heap's exact bytes in use (in MiB), not samples of the process size.
"""

import sys
import _memory_profiler as _mp

__version__ = '0.61.0'

_MIB = 1024 * 1024


def _getlines(filename):
    lines = _mp.getlines(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.readlines()
        except OSError:
            lines = []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _indent(line):
    return len(line) - len(line.lstrip())


def _block(lines, first):
    """The (start, end) line numbers of the definition starting at line `first`,
    decorators included (as inspect.getsourcelines finds them)."""
    start = first
    while start > 1 and start - 2 < len(lines) and lines[start - 2].lstrip().startswith('@'):
        start -= 1
    if first > len(lines):
        return start, first
    indent = _indent(lines[first - 1])
    end = first
    i = first
    while i < len(lines):
        text = lines[i].strip()
        if text and not text.startswith('#'):
            if _indent(lines[i]) <= indent:
                break
            end = i + 1
        i += 1
    return start, end


def memory_usage(proc=-1, interval=.1, timeout=None, max_usage=False, retval=False,
                 **kw):
    """Heap in use, in MiB: now (proc=-1), or before and after running a callable
    given as f or (f, args, kwargs)."""
    if proc == -1 or isinstance(proc, int):
        usage = [_mp.memory() / _MIB]
        return usage[0] if max_usage else usage
    if callable(proc):
        proc = (proc, (), {})
    f = proc[0]
    args = proc[1] if len(proc) > 1 else ()
    kwargs = proc[2] if len(proc) > 2 else {}
    before = _mp.memory() / _MIB
    result = f(*args, **kwargs)
    after = _mp.memory() / _MIB
    usage = [before, after]
    if max_usage:
        usage = max(usage)
    if retval:
        return usage, result
    return usage


class LineProfiler:
    """Records the memory in use after each line of the functions it profiles."""

    def __init__(self, **kw):
        self._id = _mp.create()
        self.functions = []
        self.enable_count = 0
        self.max_mem = kw.get('max_mem', None)

    def __del__(self):
        _mp.release(self._id)

    def __call__(self, func=None, precision=1):
        if func is not None:
            self.add_function(func)
            f = self.wrap_function(func)
            f.__module__ = func.__module__
            f.__name__ = func.__name__
            f.__qualname__ = func.__qualname__
            f.__doc__ = func.__doc__
            return f

        def inner_partial(f):
            return self.__call__(f, precision=precision)
        return inner_partial

    def add_function(self, func):
        """Profile the lines of func (a function or a code object)."""
        code = getattr(func, '__code__', func)
        try:
            filename = code.co_filename
            first = code.co_firstlineno
        except AttributeError:
            print("Could not extract a code object for the object %r" % (func,),
                  file=sys.stderr)
            return
        start, end = _block(_getlines(filename), first)
        if _mp.add_function(self._id, func, start, end):
            self.functions.append(func)

    def wrap_function(self, func):
        def f(*args, **kwds):
            self.enable_by_count()
            try:
                return func(*args, **kwds)
            finally:
                self.disable_by_count()
        return f

    def runcall(self, func, *args, **kw):
        self.enable_by_count()
        try:
            return func(*args, **kw)
        finally:
            self.disable_by_count()

    def enable_by_count(self):
        if self.enable_count == 0:
            self.enable()
        self.enable_count += 1

    def disable_by_count(self):
        if self.enable_count > 0:
            self.enable_count -= 1
            if self.enable_count == 0:
                self.disable()

    def __enter__(self):
        self.enable_by_count()

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.disable_by_count()

    def enable(self):
        _mp.enable(self._id)

    def disable(self):
        _mp.disable(self._id)

    def results(self):
        """[(filename, start, end, {lineno: (increment, usage, occurrences)})] in bytes."""
        return _mp.results(self._id)


def show_results(prof, stream=None, precision=3):
    if stream is None:
        stream = sys.stdout
    template = '{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}'
    for (filename, start, end, measures) in prof.results():
        header = template.format('Line #', 'Mem usage', 'Increment', 'Occurrences',
                                 'Line Contents')
        stream.write('Filename: ' + filename + '\n\n')
        stream.write(header + '\n')
        stream.write('=' * len(header) + '\n')
        all_lines = _getlines(filename)
        float_format = '{0}.{1}f'.format(precision + 4, precision)
        template_mem = '{0:' + float_format + '} MiB'
        for lineno in range(start, end + 1):
            mem = measures.get(lineno)
            if mem:
                inc = template_mem.format(mem[0] / _MIB)
                total_mem = template_mem.format(mem[1] / _MIB)
                occurrences = mem[2]
            else:
                total_mem = ''
                inc = ''
                occurrences = ''
            text = all_lines[lineno - 1] if lineno - 1 < len(all_lines) else '\n'
            stream.write(template.format(lineno, total_mem, inc, occurrences, text))
        stream.write('\n\n')


def profile(func=None, stream=None, precision=3, backend='psutil'):
    """Decorator: print the function's line-by-line memory table each time it returns."""
    if func is not None:
        def wrapper(*args, **kwargs):
            prof = LineProfiler(backend=backend)
            val = prof(func)(*args, **kwargs)
            show_results(prof, stream=stream, precision=precision)
            return val
        wrapper.__module__ = func.__module__
        wrapper.__name__ = func.__name__
        wrapper.__qualname__ = func.__qualname__
        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func
        return wrapper

    def inner_wrapper(f):
        return profile(f, stream=stream, precision=precision, backend=backend)
    return inner_wrapper


def _profile_module(code):
    """`minipy --profile-memory`: profile every function the program's file defines."""
    prof = LineProfiler()
    for c in _mp.module_functions(code):
        prof.add_function(c)
    prof.enable_by_count()
    return prof


def _finish_module_profile(prof):
    prof.disable_by_count()
    show_results(prof)
