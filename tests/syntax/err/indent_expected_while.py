while x:
b
