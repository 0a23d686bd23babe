# `collections.abc` is reachable as an attribute after a plain `import collections`.
import collections
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping))
try: collections.zz
except AttributeError as e: print(e)
