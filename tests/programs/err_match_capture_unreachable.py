def f(x):
    match x:
        case [a]:
            pass
        case y:
            pass
        case 1:
            pass
