if x:
    a
else:
b
