# A comment at the top


x = 1  # trailing comment
    # an indented comment line

if x:
        # comment deeper than the block

    y = 2   
  # comment shallower than the block
    z = 3
# comment at column 0 inside the block
    w = 4

def f(a,
      b,   # comment inside brackets
      c):
    return (a +
            b
    + c)

total = 1 + \
        2 + \
    3
if x and \
   y:
    pass

s = ('implicit'
     ' concatenation'
     " over lines")
d = {
    'a': 1,

    'b': [
        1, 2,
    ],
}
class K: pass
for i in range(3): print(i); continue
while False: break
with open(f) as fh: data = fh.read()
try: x = 1
except: pass
else: pass
finally: pass
if x:
    if y:
        if z:
            deep = 1
back = 0
