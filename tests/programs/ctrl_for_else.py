# for/while with else, break and continue, including inside try/finally and with.
for i in range(3):
    pass
else:
    print("for else ran", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    print("never")
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("while broke", n)
for i in range(6):
    if i % 2:
        continue
    print("even", i)
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        out.append((i, j))
    else:
        out.append("inner-else")
print(out)
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0])
        return False
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("after with loop", i)
count = 0
while count < 10:
    count += 1
    try:
        try:
            if count == 3:
                break
        finally:
            print("inner finally", count)
    finally:
        print("outer finally", count)
print(count)
for x in range(2):
    for y in range(2):
        try:
            continue
        finally:
            print("cont-finally", x, y)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("w", i)
else:
    print("never")
for ch in "ab":
    for _ in range(2):
        break
    else:
        print("never")
    print("outer continues", ch)
k = 10
while k:
    k //= 2
print(k)
if 0:
    print("no")
elif []:
    print("no")
elif "x":
    print("elif taken")
else:
    print("no")
if not None:
    pass
