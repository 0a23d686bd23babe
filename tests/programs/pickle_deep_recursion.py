# Pickling a structure nested far past the recursion limit: RecursionError with the
# message CPython's pickler gives, for lists, dicts and every protocol.
import pickle

def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def nest_dict(n):
    x = {}
    for _ in range(n):
        x = {1: x}
    return x

# (CPython's protocol 0 runs out of a dict's nesting while calling a method.)
for make, first in ((nest_list, 0), (nest_dict, 1)):
    for proto in range(first, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(make(100000), proto)
            print("pickled")
        except RecursionError as e:
            print(make.__name__, proto, "RecursionError:", e)
print(len(pickle.dumps(nest_list(100))))
