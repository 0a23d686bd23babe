match 1:
    case (a as b) | 2:
        pass
