# traceback: limits (argument and sys.tracebacklimit), chains with cycles, cause and
# context, print_last, type names, markers of hand-made frame summaries, notes,
# FrameSummary as a tuple, from_list, argument checks and SyntaxError layouts.
import sys, traceback, io
def clean(s):
    return s.replace(__file__, 'F')
def deep(n, payload):
    local_list = [n] * 2
    if n == 0:
        raise ValueError('bottom')
    deep(n - 1, payload)
try:
    deep(5, {'k': 'v'})
except ValueError as e:
    err = e
te2 = traceback.TracebackException.from_exception(err, limit=2)
print(clean(''.join(te2.format())))
te3 = traceback.TracebackException.from_exception(err, limit=-2)
print(clean(''.join(te3.format())))
te4 = traceback.TracebackException.from_exception(err, lookup_lines=False)
print([f._line for f in te4.stack][:2], clean(''.join(te4.format()))[:200])
print(te2 == traceback.TracebackException.from_exception(err, limit=2), te2 == te3, te2 == 5)
sys.tracebacklimit = 1
print(clean(traceback.format_exc() if False else ''.join(traceback.format_exception(err))))
sys.tracebacklimit = -5
print(clean(''.join(traceback.format_exception(err))))
sys.tracebacklimit = 0
print(clean(''.join(traceback.format_tb(err.__traceback__))), 'zero')
del sys.tracebacklimit
# cycles of context
a = ValueError('a'); b = KeyError('b')
a.__context__ = b; b.__context__ = a
print(clean(''.join(traceback.format_exception(a))))
# cause and context both set, suppress flags
c = RuntimeError('c'); c.__cause__ = a; c.__context__ = b
print(clean(''.join(traceback.format_exception(c))))
te = traceback.TracebackException.from_exception(c)
print(te.__cause__ is not None, te.__context__ is not None)
te = traceback.TracebackException.from_exception(c, compact=True)
print(te.__cause__ is not None, te.__context__ is not None)
d = RuntimeError('d'); d.__context__ = a; d.__suppress_context__ = True
print(clean(''.join(traceback.format_exception(d))))
te = traceback.TracebackException.from_exception(d)
print(te.__context__ is not None, te.__suppress_context__)
sys.last_type, sys.last_value, sys.last_traceback = type(err), err, err.__traceback__
buf = io.StringIO()
traceback.print_last(file=buf, limit=1)
print(clean(buf.getvalue()))
buf = io.StringIO()
traceback.print_last(file=buf, limit=1, chain=False)
print(clean(buf.getvalue()))
traceback.clear_frames(err.__traceback__)
del sys.last_type, sys.last_value, sys.last_traceback
print(traceback.format_exception_only(type(err), err))
class Weird(Exception):
    __module__ = None
print(traceback.format_exception_only(Weird('w')))
class Modded(Exception):
    __module__ = 'pkg.mod'
print(traceback.format_exception_only(Modded('m')))
class Outer:
    class Inner(Exception):
        pass
print(traceback.format_exception_only(Outer.Inner()))
print(traceback.format_exception_only(Exception('')))
print(traceback.format_exception_only(Exception('text')))
fs = traceback.FrameSummary('x.py', 1, 'f', line='a = 1', colno=0, end_colno=1, end_lineno=1)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('x.py', 1, 'f', line='  a = b + c\n', colno=6, end_colno=11, end_lineno=1)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('x.py', 1, 'f', line='  a = b + c   \n', colno=6, end_colno=11, end_lineno=1)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('x.py', 1, 'f', line='  a = b + c\n', colno=6, end_colno=11, end_lineno=2)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('x.py', 1, 'f', line='a = (b) ** c  # note\n', colno=4, end_colno=12, end_lineno=1)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('x.py', 1, 'f', line='a = x[ 1 ][2]\n', colno=4, end_colno=13, end_lineno=1)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('x.py', 1, 'f', line='a = é + 日\n', colno=4, end_colno=12, end_lineno=1)
print(traceback.StackSummary.from_list([fs]).format())
print(traceback.StackSummary.from_list([('a', 1, 'f', 'x')] * 5 + [('a', None, 'f', 'x')] * 5).format())
ss = traceback.StackSummary.extract(iter([]))
print(type(ss).__name__, ss)
print(clean(''.join(traceback.format_stack(limit=1))))
# notes variants
for notes in (['a', 'b\nc'], 'xy', 5, ('t',), [1, 2]):
    e = ValueError('v')
    e.__notes__ = notes
    print(repr(''.join(traceback.format_exception_only(e))))
class BadStr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(BadStr()))
class BadNote(Exception): pass
e = BadNote(); e.__notes__ = [BadStr()]
print(traceback.format_exception_only(e))
fs = traceback.FrameSummary('f.py', None, 'n')
print(fs.line, fs._line, repr(fs))
fs = traceback.FrameSummary('f.py', 3, 'n', line='  x = 1  ', locals={'a': [1]})
print(fs.line, repr(fs._line), fs.locals, list(fs), fs[2], len(fs), fs == ('f.py', 3, 'n', 'x = 1'))
print(fs == traceback.FrameSummary('f.py', 3, 'n', locals={'a': [1]}))
print(traceback.FrameSummary('f.py', 3, 'n', lookup_line=False)._line)
print(traceback.FrameSummary('f.py', 3, 'n', locals={}).locals)
print(traceback.format_list([('f.py', 1, 'fn', 'code()'), ('g.py', 2, 'gn', None), ('h.py', 3, 'hn', '')]))
def rec(n):
    if n == 0:
        return traceback.extract_stack()
    return rec(n - 1)
print(''.join(traceback.format_list(rec(6))).replace(__file__, 'F'))
s = traceback.StackSummary.extract(traceback.walk_stack(None))
print(s[0].name if s else None, len(s))
def w():
    return traceback.StackSummary.extract(traceback.walk_stack(None))
print([fr.name for fr in w()])
print(type(traceback.StackSummary.from_list([])).__name__)
class MySS(traceback.StackSummary): pass
print(type(MySS.from_list([])).__name__)
try:
    traceback.print_exception(5)
except TypeError as e:
    print(e)
try:
    traceback.print_exception(ValueError, ValueError())
except ValueError as e:
    print(e)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(ValueError, ValueError('x')))
print(traceback.format_exception(ValueError, ValueError('y'), None))
try:
    traceback.print_last()
except ValueError as e:
    print(e)
te = traceback.TracebackException(ValueError, ValueError('q'), None)
print(str(te), te == traceback.TracebackException(ValueError, ValueError('q'), None), te.exc_type, te.stack, te.__cause__, te.__context__, te.__suppress_context__)
print(sorted(k for k in te.__dict__))
print(te.exceptions if hasattr(te, 'exceptions') else 'noattr')
try:
    compile('x = (1 +\n', 'mod.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    se = traceback.TracebackException.from_exception(e)
    print(se.filename, repr(se.lineno), repr(se.end_lineno), repr(se.text), se.offset, se.msg)
e = SyntaxError('msg', ('f.py', None, 3, '\tbad  line\n'))
print(traceback.format_exception_only(e))
e = SyntaxError('msg', ('f.py', 4, 3, '  \f\tbad  line\n', 4, 7))
print(traceback.format_exception_only(e))
e = SyntaxError('', (None, 4, 1, 'x', 4, -1))
print(traceback.format_exception_only(e))
e = SyntaxError('m')
print(traceback.format_exception_only(e))
class MySyntax(SyntaxError): pass
print(traceback.format_exception_only(MySyntax('m', ('f', 1, 0, 'abc', 1, 0))))
print(traceback.format_exception_only(MySyntax('m', ('f', 1, 2, 'abc', 1, 0))))
