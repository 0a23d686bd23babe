# repr() of containers whose items' __repr__ return lone surrogates; str() and repr()
# of exceptions holding them.
import collections, functools, operator


class O:
    def __repr__(self):
        return '\ud800'


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))


show('list', lambda: repr([O(), 1]))
show('dict', lambda: repr({O(): O()}))
show('tuple', lambda: repr((O(),)))
show('set', lambda: repr({O()}))
show('frozenset', lambda: repr(frozenset([O()])))
show('nested', lambda: repr([[O()], {'k': (O(), '\udc80')}]))
show('deque', lambda: repr(collections.deque([O()])))
show('partial', lambda: repr(functools.partial(print, O(), k=O())))
show('itemgetter', lambda: repr(operator.itemgetter('\ud801')))
show('str list', lambda: str([O()]))
show('ascii', lambda: ascii([O()]))
show('ValueError str', lambda: str(ValueError('\ud800')))
show('ValueError repr', lambda: repr(ValueError('\ud800', O())))
show('ValueError one', lambda: repr(ValueError(O())))
show('KeyError', lambda: str(KeyError('\ud800')))
show('OSError', lambda: str(OSError('\udc80')))
show('Exception args', lambda: str(Exception('a', '\ud800')))
show('user exc', lambda: str(type('E', (Exception,), {})('x\udcff')))
show('repr of str subclass', lambda: repr(type('S', (str,), {})('\ud800')))
try:
    raise ValueError('\ud800')
except ValueError as e:
    print('caught', ascii(str(e)), ascii(repr(e)), ascii(e.args))
