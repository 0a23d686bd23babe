match []:
    case [1, *a, 2, *b]:
        pass
