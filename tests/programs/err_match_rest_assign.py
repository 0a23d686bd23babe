match {}:
    case {"a": y, **y}:
        pass
