if a b:
    pass
