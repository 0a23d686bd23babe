a = 1if b else 2
c = 0x1for x in y
d = 0b1and 1
e = 1in x
f = 1not in x
g = 1or 2
h = [0for i in x]
