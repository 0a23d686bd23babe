"""Looking at objects from the inside: class namespaces and their
descriptors, builtin data descriptors (int.real, slice.start), inspect
signatures of user and builtin callables, docstrings, and a small
auto-documenter that prints an API summary of a class."""

import inspect
import types


class Account:
    """A bank account with an owner and a balance."""

    interest = 0.02

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self._balance = balance

    @property
    def balance(self) -> float:
        """Current balance."""
        return self._balance

    def deposit(self, amount: float, /, *, memo: str = "") -> float:
        """Add money and return the new balance."""
        self._balance += amount
        return self._balance

    @classmethod
    def joint(cls, *owners, **options):
        """Open an account for several owners."""
        return cls(" & ".join(owners), **options)

    @staticmethod
    def validate(amount):
        return amount > 0


class Savings(Account):
    __slots__ = ("rate",)


def kind_of(value):
    if isinstance(value, property):
        return "property"
    if isinstance(value, classmethod):
        return "classmethod"
    if isinstance(value, staticmethod):
        return "staticmethod"
    if inspect.isfunction(value):
        return "method"
    if inspect.isgetsetdescriptor(value) or inspect.ismemberdescriptor(value):
        return type(value).__name__
    return type(value).__name__


def document(cls):
    print(f"class {cls.__name__}{inspect.signature(cls)}")
    print(f"    {inspect.getdoc(cls)}")
    for name, value in vars(cls).items():
        if name in ("__module__", "__doc__"):
            continue
        line = f"    {name:<12} {kind_of(value)}"
        target = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
        if callable(target):
            line += f" {inspect.signature(target)}"
        doc = getattr(value, "__doc__", None)
        if doc and not isinstance(value, (int, float)):
            line += f"  -- {doc.splitlines()[0]}"
        print(line)


document(Account)
print("Savings namespace:", list(vars(Savings)))
print("slots member:", Savings.rate, type(Savings.__dict__["rate"]).__name__)
print("Account.__dict__['__dict__']:", Account.__dict__["__dict__"])
print("its doc:", Account.__dict__["__weakref__"].__doc__)
acct = Account("ada", 10)
print("instance vars:", vars(acct), "| via descriptor:", Account.__dict__["__dict__"].__get__(acct) is acct.__dict__)

print("builtin data descriptors:")
for owner, name in [(int, "real"), (int, "denominator"), (float, "imag"), (complex, "real"),
                    (slice, "step"), (range, "start"), (property, "fget"), (type, "__name__")]:
    d = owner.__dict__[name]
    print(f"  {owner.__name__}.{name}: {type(d).__name__:<17} {d!r}")
print("int.real.__get__(41):", int.real.__get__(41), "| slice.stop of slice(1, 9):", slice.stop.__get__(slice(1, 9)))
print("is data descriptor:", inspect.isdatadescriptor(int.real), inspect.isdatadescriptor(Account.balance),
      inspect.ismethoddescriptor(str.join))
try:
    (5).real = 6
except AttributeError as e:
    print("AttributeError:", e)

print("builtin signatures:")
for f in (len, sorted, isinstance, str.join, str.split, list.append, dict.get, "x".upper, "-".join, divmod, repr, dict.fromkeys):
    try:
        sig = inspect.signature(f)
    except ValueError as e:
        sig = f"<{e}>"
    print(f"  {getattr(f, '__qualname__', f)}: {sig}")
print("docs:")
for f in (len, str.upper, list.sort, dict.setdefault):
    print(f"  {f.__qualname__}: {f.__doc__.splitlines()[0]}")

print("params of deposit:")
for p in inspect.signature(Account.deposit).parameters.values():
    print(f"  {p.name:<7} {p.kind.name:<22} default={p.default!r} annotation={p.annotation!r}")
sig = inspect.signature(Account.joint)
print("joint:", sig, "| bind:", sig.bind("a", "b", balance=5).arguments)
print("reprs:", str.maketrans.__name__, type(str.maketrans).__name__, ValueError.__init__, type.__repr__)
print("types:", types.GetSetDescriptorType, types.MemberDescriptorType, type(str.join) is types.MethodDescriptorType)
print("getmembers(Account) names:", [n for n, _ in inspect.getmembers(Account) if not n.startswith("__")])
print("classify:", {n: k for n, k in [(a.name, a.kind) for a in inspect.classify_class_attrs(Account)] if not n.startswith("_")})
