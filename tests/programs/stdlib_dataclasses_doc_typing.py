from dataclasses import dataclass, field
import typing
from typing import List, Optional, Dict, Union, Callable
@dataclass
class T:
    a: List[int]
    b: Optional['T'] = None
    c: Dict[str, typing.Any] = field(default_factory=dict)
    d: Union[int, str] = 0
    e: Callable[[int], str] = str
    f: 'typing.List[mytyping.X]' = None
print(T.__doc__)
