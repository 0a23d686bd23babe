# Reference counting: every object counts the references to it, and is freed the
# moment that count reaches zero. sys.getrefcount(x) shows the count; it is one more
# than you might expect, because passing x to getrefcount adds a reference of its own.
#
# Run: minipy examples/refcounting.py
import sys


def refs(x):
    # Inside this helper, the parameter `x` and getrefcount's own argument are two
    # extra references: subtract them to see what the caller holds.
    return sys.getrefcount(x) - 2


# 1. Counting references as they are added and removed.
print("== references come and go")
data = [1, 2, 3]
print("data = [1, 2, 3]            ->", refs(data), "reference  (the name data)")
alias = data
print("alias = data                ->", refs(data), "references")
holder = {"key": data}
print('holder = {"key": data}      ->', refs(data), "references")
pair = (data, data)
print("pair = (data, data)         ->", refs(data), "references")
del pair
print("del pair                    ->", refs(data), "references")
holder.clear()
print("holder.clear()              ->", refs(data), "references")
del data
print("del data                    ->", refs(alias), "reference  (alias keeps it alive)")
print("the list is still there:", alias)

# The raw figure, with getrefcount's own argument counted, as CPython reports it.
solo = []
print("sys.getrefcount(solo):", sys.getrefcount(solo), "(solo + getrefcount's argument)")


# 2. Freeing happens at once: __del__ runs at the exact moment the last reference
#    goes, not at some later collection.
class Resource:
    def __init__(self, name):
        self.name = name
        print(f"  open  {self.name}")

    def __del__(self):
        print(f"  close {self.name}")


print()
print("== __del__ runs when the last reference goes")
r = Resource("r")
other = r
print("del r (other still refers to it)")
del r
print("other = None (the last reference)")
other = None
print("after the rebinding")

print()
print("rebinding a name releases the old object as soon as the new one is bound:")
r = Resource("first")
r = Resource("second")
print("del r")
del r


# 3. Locals are released when their function returns.
def work():
    tmp = Resource("local")
    print("  working with", tmp.name)
    return 42


print()
print("== locals go when the call returns")
result = work()
print("work() returned", result)

# 4. Containers release what they hold when they go.
print()
print("== a container releases its items")
items = [Resource("item 1"), Resource("item 2")]
print("items.pop()")
items.pop()
print("del items")
del items
print("done")
