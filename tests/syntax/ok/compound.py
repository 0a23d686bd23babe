if x:
    pass
if x:
    a
else:
    b
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
if x: a; b
while x:
    x -= 1
while True:
    break
else:
    pass
for x in y:
    continue
for x, y in z:
    pass
else:
    pass
for (a, b), c in d:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for x[0] in y: pass
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as exc:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a as (b, c):
    pass
with a() as b.c, d as e[0]:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a):
    pass
with (a) as b:
    pass
with (a, b) as c:
    pass
with (yield):
    pass
with (x for x in y):
    pass
if (x := 10) > 5:
    pass
while (line := read()):
    pass
