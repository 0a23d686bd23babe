import traceback
import io
import sys

FILE = __file__

def clean(text):
    return text.replace(FILE, 'FILE')

def show():
    print(clean(''.join(traceback.format_stack())), end='')
    stack = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in stack])
    print(len(traceback.extract_stack(limit=1)))
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    print(clean(buf.getvalue()), end='')

def caller():
    show()

caller()

def walk():
    summary = traceback.StackSummary.extract(traceback.walk_stack(None))
    print([(f.name, f.lineno) for f in summary])
    print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(None)][:0])

def walk_outer():
    walk()

walk_outer()
frames = [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]
print(frames)
def tb_walk():
    try:
        raise ValueError
    except ValueError as e:
        return [(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)]
print(tb_walk())
