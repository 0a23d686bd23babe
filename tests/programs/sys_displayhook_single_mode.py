import sys, io
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
exec(compile('6 * 7\n', '<s>', 'single'), {})
exec(compile('None\n', '<s>', 'single'), {})
sys.stdout = old
print(repr(buf.getvalue()))
seen = []
sys.displayhook = seen.append
exec(compile('"x"\n', '<s>', 'single'), {})
sys.displayhook = sys.__displayhook__
print(seen)
exec(compile('[1, 2]\n', '<s>', 'single'), {})
import builtins
print(builtins._)
sys.__displayhook__(5)
print(builtins._)
