"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    '''Class docstring.'''
    def m(self):
        r"""Raw docstring \n."""
        pass

def g():
    "single-quoted docstring"
    """second string is just an expression"""
