with a b:
    pass
