def f(): g    pass
