match x:
    case int(real=1, 2):
        pass
