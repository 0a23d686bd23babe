print(str(SyntaxError()), repr(SyntaxError()), str(SyntaxError('x', ('f', 2, 3, 't', 2, 4))))
e = SyntaxError('m', ('/a/b/f.py', 2, 3, 't', 2, 4)); print(e, e.msg, e.lineno, e.filename, e.text, e.offset, e.end_lineno, e.end_offset)
e = SyntaxError('only'); print(e, e.msg, e.lineno, e.filename)
e = IndentationError('m', ('f', 1, 2, 'x')); print(e, e.end_lineno)
try:
    SyntaxError('a', 'b')
except TypeError as ex: print(ex)
try:
    eval('1 +')
except SyntaxError as ex: print(ex, ex.args[1][:2])
