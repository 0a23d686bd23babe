"""Records method_docs.txt from CPython 3.11 (run it with python3 from this folder):
the text signature and docstring of every method of the common builtin types, and
the docstrings of those types and of the builtin exceptions."""

import builtins
import collections

METHOD_OWNERS = [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float,
                 complex, range, object, type, BaseException, collections.deque]
DOC_TYPES = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
             frozenset, range, slice, object, type, property, staticmethod, classmethod,
             super, enumerate, zip, map, filter, reversed, memoryview, collections.deque]
DOC_TYPES += [v for v in vars(builtins).values()
              if isinstance(v, type) and issubclass(v, BaseException)]
METHOD_KINDS = ('method_descriptor', 'wrapper_descriptor', 'builtin_function_or_method',
                'classmethod_descriptor')

with open('method_docs.txt', 'w') as out:
    out.write("# The text signatures and docstrings of builtin types' methods, as CPython 3.11\n"
              "# gives them (`str.join.__text_signature__`, `list.append.__doc__`). One record per\n"
              "# method: a header line `== owner.name signature`, then the docstring's lines\n"
              "# (`owner.__doc__` records hold the type's own docstring). Made by\n"
              "# method_docs_regen.py.\n")
    for t in METHOD_OWNERS:
        for name in t.__dict__:
            try:
                f = getattr(t, name)
            except AttributeError:
                continue
            if type(f).__name__ not in METHOD_KINDS or name == '__new__':
                continue
            sig = getattr(f, '__text_signature__', None) or ''
            doc = getattr(f, '__doc__', None) or ''
            out.write(f"== {t.__name__}.{name} {sig}".rstrip() + "\n")
            if doc:
                out.write(doc + "\n")
    for t in DOC_TYPES:
        if t.__doc__:
            out.write(f"== {t.__name__}.__doc__\n{t.__doc__}\n")
