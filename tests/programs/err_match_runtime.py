class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    __match_args__ = ["x"]


class R:
    __match_args__ = (1,)


class NoArgs:
    pass


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


def too_many():
    match P(1, 2):
        case P(1, 2, 3):
            pass


def not_tuple():
    match Q():
        case Q(1):
            pass


def not_str():
    match R():
        case R(1):
            pass


def no_match_args():
    match NoArgs():
        case NoArgs(1):
            pass


def repeated():
    match P(1, 2):
        case P(1, x=1):
            pass


def not_a_type():
    import math
    match 1:
        case math.pi():
            pass


def builtin_two():
    match 1:
        case int(1, 2):
            pass


def dup_keys():
    k = "a"
    match {"a": 1}:
        case {"a": 1, P.__name__: 2}:
            pass
    match {"P": 1, "a": 2}:
        case {P.__name__: 1, Q.__match_args__.__class__.__name__: 2}:
            pass
    match {"P": 1, "a": 2}:
        case {P.__name__: 1, Keys.p: 2}:
            pass


class Keys:
    p = "P"


attempt("too many", too_many)
attempt("not tuple", not_tuple)
attempt("not str", not_str)
attempt("no match args", no_match_args)
attempt("repeated", repeated)
attempt("not a type", not_a_type)
attempt("builtin two", builtin_two)
attempt("dup keys", dup_keys)
match P(1, 2):
    case P(1, 2, 3, 4):
        pass
