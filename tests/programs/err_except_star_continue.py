print("not printed")
for i in range(3):
    try:
        pass
    except* ValueError:
        for j in range(2):
            break
        def f():
            return 1
        continue
