try x:
    pass
