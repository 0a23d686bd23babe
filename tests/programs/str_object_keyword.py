# str() takes its first argument by name too (str(object=x)), as do the other
# builtin constructors that accept keywords.
for e in ["str(object=5)", "str(object=b'a', encoding='ascii')", "str(b'a', encoding='ascii')", "str(b'\\xff', errors='replace')", "str(b'a', 'ascii', errors='strict')", "str(x=1)", "str(1, object=2)", "str(object=b'a', errors='ignore')", "str(encoding='utf-8')", "str(5, encoding='utf-8')", "bytes(source=b'x')", "bytes('a', encoding='ascii')", "int(x='5')", "float(x=1)", "list(iterable=[1])", "tuple(iterable=[1])", "dict(iterable=[1])", "int('5', base=10)", "complex(real=1, imag=2)", "bool(x=1)", "frozenset(iterable=[1])", "set(iterable=[1])", "range(stop=3)", "bytearray(source=b'x')"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as x: print(e, '->', type(x).__name__, x)
