def f(x):
    for i in range(3):
        try:
            if x == i:
                return f"returned {i}"
            if i == 0:
                continue
            if i == 2:
                break
        except* ValueError:
            pass
        else:
            print("else", i)
    return "end"
print(f(0), f(1), f(5))

def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        def inner():
            return 5
        print(inner(), [x for x in range(2)], (lambda: 3)())
        class C:
            pass
        while True:
            break
    return "g done"
print(g())
