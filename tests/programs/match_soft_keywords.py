# `match` and `case` stay ordinary names outside a match statement.
match = 3
print(match)
case = [1, 2]
print(case, match)
match += 1
print(match)


def match(x):
    return x * 2


print(match(4))
print(match(5) + 1)
match, case = case, match
print(match, case.__name__)
match: int = 10
print(match)
d = {"match": 1, "case": 2}
print(d["match"], d["case"])


class C:
    match = 1
    case = 2


print(C.match, C.case)
match = [1, 2, 3]
print(match[0], match[1:])
match = {"a": 1}
print(match["a"])

# A match statement whose subject is named `match`, with cases named `case`.
match = 5
match match:
    case 5:
        print("five")
    case _:
        print("other")
case = (1, 2)
match case:
    case (1, case):
        print("case is", case)

# Nested match statements; `case` in a case body is a name again.
for v in [(1, "a"), (2, "b"), (3, "c")]:
    match v:
        case (1, x):
            case = x
            print("one", case)
        case (n, y):
            match y:
                case "b":
                    print("two b", n)
                case other:
                    print("nested", n, other)
# A parenthesised subject and a tuple subject.
match (1):
    case 1:
        print("paren")
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
print(match)
