"""A small order book built on dataclasses."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
import dataclasses
from decimal import Decimal
from typing import ClassVar, Optional


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    number: int

    def __str__(self):
        return f"{self.category.upper()}-{self.number:04d}"


@dataclass
class Product:
    sku: Sku
    name: str
    price: Decimal
    tags: list[str] = field(default_factory=list)
    stock: int = field(default=0, repr=False)
    registry: ClassVar[dict] = {}

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
        Product.registry[self.sku] = self


@dataclass
class Line:
    product: Product
    quantity: int = 1
    _: KW_ONLY
    discount: Decimal = Decimal("0")

    @property
    def total(self):
        gross = self.product.price * self.quantity
        return (gross * (1 - self.discount)).quantize(Decimal("0.01"))


@dataclass
class Order:
    number: int
    customer: str
    lines: list[Line] = field(default_factory=list)
    note: Optional[str] = None
    coupon: InitVar[str | None] = None
    discount_rate: Decimal = field(init=False, default=Decimal("0"))

    def __post_init__(self, coupon):
        if coupon == "SAVE10":
            self.discount_rate = Decimal("0.10")

    def add(self, product, quantity=1, **kw):
        self.lines.append(Line(product, quantity, **kw))
        return self

    @property
    def total(self):
        subtotal = sum((l.total for l in self.lines), Decimal(0))
        return (subtotal * (1 - self.discount_rate)).quantize(Decimal("0.01"))


pen = Product(Sku("stat", 12), "Fountain pen", Decimal("24.50"), ["gift"], stock=5)
ink = Product(Sku("stat", 3), "Ink bottle", Decimal("7.25"))
book = Product(Sku("book", 101), "Notebook", Decimal("3.99"), ["paper", "a5"], 100)
print(pen)
print(ink)
print(sorted(Product.registry), [str(s) for s in sorted(Product.registry)])
print(Sku("a", 2) < Sku("a", 10), Sku("b", 1) > Sku("a", 99), Sku("x", 1) == Sku("x", 1))
print(hash(Sku("x", 1)) == hash(Sku("x", 1)), len({Sku("x", 1), Sku("x", 1), Sku("y", 1)}))
try:
    pen.sku.number = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

order = Order(1, "ada", coupon="SAVE10").add(pen, 2).add(ink, 3, discount=Decimal("0.2")).add(book)
print(order)
for line in order.lines:
    print(f"  {line.product.name:<14} x{line.quantity:<3} {line.total:>8}")
print("total:", order.total)
print("asdict lines[1]:", asdict(order)["lines"][1])
print("astuple sku:", astuple(pen.sku), astuple(Line(ink, 2)))
cheaper = replace(pen, price=Decimal("19.99"), tags=["sale"])
print(cheaper, cheaper is pen, cheaper == pen, replace(pen) == pen)
print([f.name for f in fields(Order)], [f.name for f in fields(Line) if f.kw_only])
print([(f.name, f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))) for f in fields(Sku)])
print(dataclasses.is_dataclass(pen), dataclasses.is_dataclass(Product), dataclasses.is_dataclass(3))
try:
    Product(Sku("x", 1), "bad", Decimal("-1"))
except ValueError as e:
    print("ValueError:", e)
try:
    Line(pen, 2, Decimal("0.5"))
except TypeError as e:
    print("TypeError:", e)

Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(p, p.norm(), Point(1))


@dataclass(slots=True)
class Vec:
    x: float
    y: float

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(1.5, 2) + Vec(0.5, -1)
print(v, Vec.__slots__, hasattr(v, "__dict__"))


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list, compare=False)


print(Node(1) == Node(1), Node(1).__eq__(Node(1)))


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)


print(len({Tag("a"), Tag("a", 5), Tag("b")}), Tag("a") == Tag("a", 5))
print(Order.__match_args__, Line.__match_args__)
match order.lines[0]:
    case Line(Product(name=name), quantity=q) if q > 1:
        print(f"matched {name} x{q}")
