# Builds generic classes by calling __mro_entries__ by hand, as a class statement does.
from typing import TypeVar, Generic, List, Protocol
T = TypeVar('T')
K = TypeVar('K')
def build(name, orig_bases, ns=None):
    bases = []
    for b in orig_bases:
        if isinstance(b, type):
            bases.append(b)
        else:
            bases.extend(b.__mro_entries__(orig_bases))
    ns = dict(ns or {})
    ns['__orig_bases__'] = orig_bases
    ns['__module__'] = '__main__'
    meta = type
    for b in bases:
        if isinstance(type(b), type) and issubclass(type(b), meta): meta = type(b)
    return meta(name, tuple(bases), ns)
Stack = build('Stack', (Generic[T],), {'push': lambda self, x: None})
print(Stack[int], Stack.__parameters__, Stack.__mro__, Stack[int]().__orig_class__)
IntStack = build('IntStack', (Stack[int],))
print(IntStack.__mro__, IntStack.__parameters__)
MyList = build('MyList', (List[int],))
print(MyList.__mro__, MyList([1]))
P = build('P', (Protocol[T],), {'__len__': lambda self: 0})
print(P.__mro__, P.__parameters__, P._is_protocol, P[int])
try: build('Bad', (Generic[T], Generic[K]))
except TypeError as e: print(e)
try: build('Bad', (Generic[T], List[K]))
except TypeError as e: print(e)
