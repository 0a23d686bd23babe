def f x:
    pass
