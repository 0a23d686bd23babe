# int(), float() and complex() of strings holding lone surrogates.


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))


show('int', lambda: int('\ud800'))
show('int spaces', lambda: int(' \ud800 '))
show('int base 0', lambda: int('12\udc80', 0))
show('int base 16', lambda: int('x' * 5 + '\ud800', 16))
show('int bad base', lambda: int('\ud800', 37))
show('int long', lambda: int('1' * 300 + '\ud800'))
show('float', lambda: float(' 1\ud800'))
show('complex', lambda: complex('1+\ud800j'))
show('complex two', lambda: complex('\ud800', 1))
show('complex second', lambda: complex(1, '\ud800'))
