match 1:
    case int(real=1, 2, 3):
        pass
