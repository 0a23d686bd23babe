# A failing assert with a message.
def check(n):
    assert n > 0, f"expected positive, got {n}"
    return n
check(1)
check(-5)
