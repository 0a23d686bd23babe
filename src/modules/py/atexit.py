"""Functions called when the interpreter exits, most recently registered first (the
interpreter calls them before tearing down the modules)."""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func (so it works as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    _exithandlers.clear()


def _ncallbacks():
    return len(_exithandlers)

