# Which conversions to str give a new object and which a shared one, as in CPython:
# an int's text is new every time (even one digit), True/False are interned.
print(repr(5) is repr(5), str(5) is str(5), str(12) is str(12), f'{5}' is f'{5}', format(5) is format(5))
print(str(True) is str(True), repr(None) is repr(None), str(False) is repr(False))
print(('%d' % 5) is ('%d' % 5), chr(65) is chr(65), str(-1) is str(-1))
x = 7
print(f'{x}' is f'{x}', f'{x:d}' is f'{x:d}', f'{x!r}' is f'{x!r}')
