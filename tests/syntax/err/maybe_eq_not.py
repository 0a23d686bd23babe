if a = not b:
    pass
