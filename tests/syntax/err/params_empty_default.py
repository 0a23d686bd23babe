def f(x=):
    pass
