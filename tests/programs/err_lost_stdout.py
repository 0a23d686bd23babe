# print() after sys.stdout was deleted: CPython's RuntimeError.
import sys

print('before')
sys.stdout.flush()
del sys.stdout
print('after')
