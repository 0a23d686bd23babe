# Closure cells expose their value as cell_contents; an empty cell raises ValueError.
def make():
    x = [1]
    def get():
        return x
    return get


def late():
    def inner():
        return y
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    y = 5
    return cell.cell_contents


f = make()
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents, cell.cell_contents is f())
print(f.__code__.co_freevars, late())
