# Object identity: every value is an object with an identity, id(), that stays the
# same for the object's whole life. `is` compares identities, `==` compares values.
# Small ints -5..256 are created once at start-up and shared; other ints are made
# whenever a computation needs one.
#
# Run: minipy examples/identity_and_small_ints.py


def show(label, x, y):
    print(f"{label:<38} x == y: {x == y!s:<5}  x is y: {x is y}")


# 1. Two names bound to one object: same id, `is` is True.
print("== names and objects")
numbers = [1, 2, 3]
alias = numbers
show("alias = numbers", numbers, alias)
print("same id():", id(numbers) == id(alias))
alias.append(4)
print("a change through one name shows through the other:", numbers)

# Equal values, different objects: each list display builds a new list.
show("two equal lists", [1, 2, 3], [1, 2, 3])

# 2. The small-int cache: every 100 in the program is the one cached object, however
#    it was obtained (a literal, int() of a string, arithmetic).
print()
print("== small ints (-5..256) are cached")
a = 100
b = 100
show("a = 100; b = 100", a, b)
show("int('100') and 100", int("100"), a)
half = int("50")
show("half + half (computed) and 100", half + half, a)
for n in (-6, -5, 0, 255, 256, 257):
    # int(str(n)) makes the value at run time, so only the cache can give the same
    # object twice.
    x = int(str(n))
    y = int(str(n))
    show(f"int(str({n})) twice", x, y)

# 3. Outside the cache, each computation makes a new object.
print()
print("== larger ints are made as needed")
x = int("1000")
y = int("1000")
show("int('1000') twice", x, y)
big = 2**100
two = int("2")
show("2**100 and 2**99 * two (computed)", big, 2**99 * two)

# 4. Constants of one compiled module are shared: the compiler stores each distinct
#    constant once (and folds constant expressions first), so two literals 1000 in
#    the same code, or 10 * 100 folded to 1000, are one object.
print()
print("== constants are shared within compiled code")
x = 1000
y = 1000
show("x = 1000; y = 1000 (same code)", x, y)
y = 10 * 100
show("10 * 100 is folded to 1000", x, y)


def constant():
    return 1000


show("1000 in a function and at top level", constant(), x)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
show("two constant tuples (1, 2, 3)", t1, t2)

# 5. ids are only unique among objects alive at the same time: a freed object's id
#    can be given to a new object.
print()
print("== identity lasts as long as the object")
first = [0]
first_id = id(first)
print("id stable while alive:", id(first) == first_id)
del first
second = [1]
print("id of a freed list given to a new list:", id(second) == first_id)
