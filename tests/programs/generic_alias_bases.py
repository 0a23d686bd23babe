from collections.abc import MutableMapping, Mapping
from typing import TypeVar, Generic, List, Dict
K = TypeVar("K"); V = TypeVar("V")
print(list[int].__mro_entries__((list[int],)))
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__, L([1,2]))
class HM(MutableMapping[K, V]):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
h = HM(); h['a'] = 1; print(dict(h), HM.__orig_bases__)
class G(Generic[K], dict[str, int]): pass
print(G.__mro__)
class T(List[int]): pass
print(T.__mro__, T.__orig_bases__)
class D(dict[str, int], Generic[K]): pass
print(D.__mro__, D.__parameters__)
print(type(list[int]).__mro_entries__)
