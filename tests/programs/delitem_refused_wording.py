# CPython words a refused `del o[key]` two ways: "doesn't support item deletion" for
# a type with the sequence protocol given an index, "does not support" otherwise.
import types


class Plain:
    pass


class Index:
    def __index__(self):
        return 0


for target in [5, None, 2.5, (1, 2), 'ab', b'ab', frozenset(), range(3), Plain(),
               types.MappingProxyType({}), {}.keys(), len]:
    for key in (0, 'k', Index(), True):
        try:
            del target[key]
        except TypeError as e:
            print(type(target).__name__, type(key).__name__, e)
        except (KeyError, IndexError) as e:
            print(type(target).__name__, type(key).__name__, type(e).__name__)
