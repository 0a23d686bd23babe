print("never")
match [1, 2]:
    case [a, {"k": a}]:
        pass
