def g():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise
g()
