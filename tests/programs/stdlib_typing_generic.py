# Needs core support for __mro_entries__ (PEP 560) in class statements.
from typing import TypeVar, Generic, List, Dict, Protocol, Iterable, runtime_checkable

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack.__parameters__, Stack.__orig_bases__, Stack.__mro__)
print(s.__orig_class__, Stack[int] == Stack[int], Stack[int] == Stack[str])


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__parameters__)


class Pair(Generic[K, V]):
    pass


print(Pair[str, int], Pair[str, List[int]])
try:
    Pair[int]
except TypeError as e:
    print(e)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList([1, 2]))


class MyDict(Dict[str, T]):
    pass


print(MyDict.__parameters__, MyDict[int])


@runtime_checkable
class HasLen(Protocol[T]):
    def __len__(self) -> int: ...


print(isinstance([], HasLen), isinstance(3, HasLen), HasLen[int])
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(Generic[T], List[K]):
        pass
except TypeError as e:
    print(e)
