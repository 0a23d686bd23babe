# Position lines in every part of a chained traceback printed by the interpreter.


def lookup(d):
    return d["key"] + 1


def convert(d):
    try:
        return lookup(d)
    except KeyError as e:
        raise ValueError("cannot convert") from e


def handle():
    try:
        convert({})
    except ValueError:
        x = [1]
        return x[1] * 2


handle()
