import dataclasses
from dataclasses import dataclass, field, InitVar
import typing
from typing import ClassVar, List, Optional, Dict


def t(fn, label):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


@dataclass
class WithCV:
    count: ClassVar[int] = 0
    other: "ClassVar[str]" = "s"
    qualified: "typing.ClassVar[int]" = 4
    bare: ClassVar = 9
    x: int = 1


print(WithCV(), [f.name for f in dataclasses.fields(WithCV)], WithCV.count, WithCV.other)
print(sorted(WithCV.__dataclass_fields__))
print(WithCV.__dataclass_fields__["other"]._field_type)
print(WithCV.__doc__)


@dataclass
class Typed:
    names: List[str] = field(default_factory=list)
    lookup: Dict[str, int] = field(default_factory=dict)
    maybe: Optional[int] = None
    iv: InitVar[List[int]] = None

    def __post_init__(self, iv):
        if iv:
            self.names.extend(str(i) for i in iv)


print(Typed(iv=[1, 2]), Typed.__doc__)
print(typing.get_type_hints(Typed))


def define_classvar_factory():
    @dataclass
    class Bad:
        a: ClassVar[list] = field(default_factory=list)


def define_classvar_kw_only():
    @dataclass
    class Bad:
        a: ClassVar[int] = field(default=1, kw_only=True)


t(define_classvar_factory, "classvar factory")
t(define_classvar_kw_only, "classvar kw_only")
