# set and frozenset share their read-only methods' code, but each type's descriptors
# accept only its own instances (and subclasses), as CPython's do.
class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)


for name in ("union", "intersection", "difference", "symmetric_difference",
             "issubset", "issuperset", "isdisjoint", "copy"):
    args = () if name == "copy" else ({1, 2},)
    attempt("set." + name + "(frozenset)",
            lambda: getattr(set, name)(frozenset({1}), *args))
    attempt("frozenset." + name + "(set)",
            lambda: getattr(frozenset, name)({1}, *args))
    attempt("set." + name + "(MySet)", lambda: getattr(set, name)(MySet({1}), *args))
    attempt("frozenset." + name + "(MyFrozen)",
            lambda: getattr(frozenset, name)(MyFrozen({1}), *args))
attempt("set.add(frozenset)", lambda: set.add(frozenset(), 1))
attempt("set.union(list)", lambda: set.union([1], {2}))
attempt("frozenset.union(MySet)", lambda: frozenset.union(MySet({1})))
attempt("frozenset.issubset()", lambda: frozenset().issubset())
attempt("set.isdisjoint(1, 2)", lambda: {1}.isdisjoint(1, 2))
attempt("frozenset.symmetric_difference()", lambda: frozenset().symmetric_difference())
print(sorted(frozenset.union(frozenset({3}), [1], (2,))))
print(type(frozenset.copy(MyFrozen({1}))).__name__, type(set.copy(MySet({1}))).__name__)
