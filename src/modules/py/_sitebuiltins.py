# CPython's `_sitebuiltins`, as minipy gives it to every program and the interactive
# prompt: `exit` and `quit` as objects that explain themselves when echoed and raise
# SystemExit when called; `copyright`, `credits` and `license`, which show their text
# (minipy's own texts, in CPython's shapes); and `help`.

class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use ' + self.name + '() or ' + self.eof + ' to exit'

    def __call__(self, code=None):
        # Closing standard input first, as CPython does, lets a shell that fed it
        # see the program is done with it.
        import sys
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)

exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')


class _Printer(object):
    """Interactive prompt objects for printing a text: shown whole when echoed if
    short, else on calling."""

    MAXLINES = 23

    def __init__(self, name, text):
        self.__name = name
        self.__lines = text.split('\n')

    def __repr__(self):
        if len(self.__lines) <= self.MAXLINES:
            return '\n'.join(self.__lines)
        return 'Type %s() to see the full %s text' % ((self.__name,) * 2)

    def __call__(self):
        for line in self.__lines:
            print(line)


copyright = _Printer('copyright', """\
minipy: a Python 3.11 subset interpreter written in Rust.

Python, the language it implements, is Copyright (c) 2001-2023 Python Software
Foundation. All Rights Reserved.""")

credits = _Printer('credits', """\
    Thanks to the CPython developers, whose interpreter is minipy's reference for
    every behaviour, and to the authors of the Rust crates minipy is built on.""")

license = _Printer('license', """\
minipy's source states no license of its own yet.

Python is distributed under the PSF License Agreement; see
https://docs.python.org/3/license.html for its text and history.""")
# Shown on calling only, as CPython's long license text is.
license.MAXLINES = 0


class _Helper(object):
    """help(): pydoc's text for a function, what any other object is and its
    docstring (minipy has no pydoc and no interactive help utility)."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args:
            print("minipy has no interactive help utility (CPython's pydoc).")
            print("help(object) prints what the object is and its documentation.")
            return
        obj = args[0]
        if isinstance(obj, str):
            try:
                obj = __import__(obj)
            except ImportError:
                print("No Python documentation found for %r." % (obj,))
                print("Use help(str) for help on the str class.")
                return
        kind_of = type(obj).__name__
        if kind_of == 'module':
            kind, name = 'module', obj.__name__
        elif isinstance(obj, type):
            kind, name = 'class', obj.__name__
        elif kind_of in _DESCRIPTOR_KINDS:
            kind, name = kind_of, obj.__name__
        elif callable(obj) and hasattr(obj, '__name__'):
            kind = 'built-in function' if kind_of == 'builtin_function_or_method' else 'function'
            name = obj.__name__
        else:
            obj = type(obj)
            kind, name = 'class', obj.__name__
        module = getattr(obj, '__module__', None)
        where = ' in module ' + module if isinstance(module, str) and kind != 'module' else ''
        if kind in _DESCRIPTOR_KINDS:
            # A builtin type's method: pydoc names only the kind of descriptor.
            print('Help on %s:' % kind)
        else:
            print('Help on %s %s%s:' % (kind, name, where))
        print()
        title = name
        owner = getattr(obj, '__self__', None)
        if kind == 'function':
            import inspect
            title = name + str(inspect.signature(obj))
        elif kind in _DESCRIPTOR_KINDS:
            title = name + _signature_of(obj)
        elif kind == 'built-in function' and owner is not None and type(owner).__name__ != 'module':
            cls = type(owner)
            title = '%s%s method of %s.%s instance' % (
                name, _signature_of(obj), cls.__module__, cls.__qualname__)
        elif kind == 'built-in function':
            title = name + _shown_signature(getattr(obj, '__text_signature__', None))
        print(title)
        doc = getattr(obj, '__doc__', None)
        if isinstance(doc, str) and doc:
            import inspect
            for line in inspect.cleandoc(doc).split('\n'):
                print('    ' + line)
        print()


# The kinds of builtin methods pydoc introduces by their type's name alone.
_DESCRIPTOR_KINDS = ('method_descriptor', 'wrapper_descriptor', 'method-wrapper',
                     'classmethod_descriptor')


def _signature_of(obj):
    """The parameters pydoc shows for a builtin method: its signature, without the
    bound first parameter; `(...)` when it has none that can be read."""
    import inspect
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return '(...)'


def _shown_signature(text):
    """A builtin's `__text_signature__` as pydoc shows it: without the `$module`
    parameter (and the `/` that only marked it positional); `(...)` without one."""
    if not text or '<unrepresentable>' in text:
        return '(...)'
    for hidden in ('$module, /, ', '$module, /', '$module, ', '$module'):
        if text.startswith('(' + hidden):
            return '(' + text[len(hidden) + 1:]
    return text


help = _Helper()
