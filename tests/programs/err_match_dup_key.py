match {}:
    case {"x": 1, -1: 2, "x": 3}:
        pass
