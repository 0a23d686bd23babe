# Names too different from every candidate get no suggestion; UnboundLocalError never does.
def f():
    print(value)
    value = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
xyzzy_plugh
