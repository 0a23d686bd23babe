# A `return`, `break` or `continue` that leaves blocks holding stack values (a for
# loop's iterator, a `with`'s exit, an `except` clause's saved exception) runs the
# enclosing `finally` bodies after popping them; an exception handled inside such a
# finally body must leave the stack as it found it.
class CM:
    def __init__(self, t):
        self.t = t

    def __enter__(self):
        self.t.append('enter')

    def __exit__(self, *a):
        self.t.append('exit')


def return_from_loop():
    try:
        for v in range(1):
            return 96
    finally:
        try:
            try:
                return 136
            finally:
                raise ZeroDivisionError(138)
        except Exception:
            pass


def return_from_loop_else():
    try:
        for v in range(1):
            return 'outer'
    finally:
        try:
            try:
                pass
            except ValueError:
                pass
            else:
                return 'inner'
            finally:
                raise ZeroDivisionError
        except Exception:
            pass


def return_from_nested_loops_and_with(t):
    try:
        for i in range(2):
            for j in range(2):
                with CM(t):
                    return (i, j)
    finally:
        try:
            raise KeyError(1)
        except KeyError as e:
            t.append(repr(e))
        try:
            try:
                return 'x'
            finally:
                raise ValueError
        except ValueError:
            t.append('caught')


def return_from_except(t):
    try:
        try:
            raise ValueError(1)
        except ValueError:
            for k in range(3):
                return 'from except'
    finally:
        try:
            try:
                return 'lost'
            finally:
                raise TypeError
        except TypeError:
            t.append('finally handled')


def break_from_with(t):
    for i in range(3):
        try:
            with CM(t):
                break
        finally:
            try:
                try:
                    t.append('break finally')
                    raise ValueError
                finally:
                    t.append('inner finally')
            except ValueError:
                t.append('handled')
    return i, t


def continue_from_loop_in_with(t):
    out = []
    for i in range(3):
        try:
            for j in range(2):
                with CM(t):
                    continue
        finally:
            try:
                raise IndexError
            except IndexError:
                out.append(i)
    return out


print(return_from_loop())
print(return_from_loop_else())
t = []
print(return_from_nested_loops_and_with(t), t)
t = []
print(return_from_except(t), t)
print(break_from_with([]))
t = []
print(continue_from_loop_in_with(t), len(t))


def gen():
    try:
        for v in range(3):
            yield v
            if v == 1:
                return
    finally:
        try:
            try:
                yield 'in finally'
            finally:
                raise ZeroDivisionError
        except ZeroDivisionError:
            yield 'handled'


print(list(gen()))
