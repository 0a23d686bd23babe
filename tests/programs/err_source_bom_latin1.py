# coding: latin-1
print("unreachable")
