match 3:
    case x if x > 5:
        print("big")
    case 3:
        print("three")
    case y:
        print(y)
print(x)
