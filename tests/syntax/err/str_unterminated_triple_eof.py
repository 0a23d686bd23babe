def f():
    """doc
    