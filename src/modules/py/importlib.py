"""A pure Python implementation of import's public helpers: import_module, reload and
invalidate_caches (importlib.util and importlib.machinery are not provided)."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__

# Modules being reloaded, so that a module reloading itself does not recurse.
_RELOADING = {}


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name` `level` packages up."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module and return it (not its top-level package, as __import__ does).

    A relative name ('.mod', '..mod') is resolved against `package`.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            msg = ("the 'package' argument is required to perform a relative "
                   "import for {!r}")
            raise TypeError(msg.format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if package not in sys.modules:
            msg = 'attempted relative import with no known parent package'
            raise ImportError(msg)
        name = _resolve_name(name, package, level)
    if not name and level == 0:
        raise ValueError('Empty module name')
    module = sys.modules.get(name)
    if module is None:
        # Parent packages are imported first, one level at a time, and the new
        # module becomes an attribute of its parent, as the import statement does.
        parent_name, _, child = name.rpartition('.')
        parent = _gcd_import(parent_name) if parent_name else None
        __import__(name)
        module = sys.modules.get(name)
        if module is None:
            raise ModuleNotFoundError('No module named {!r}'.format(name), name=name)
        if parent is not None and getattr(parent, child, None) is not module:
            setattr(parent, child, module)
    return module


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders that have one.
    minipy's importer keeps no directory caches, so there is nothing else to drop."""
    for finder in getattr(sys, 'meta_path', ()):
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    """Reload the module and return it.

    The module's source file is executed again in the module's existing namespace
    (so names that the new source no longer defines survive). Built-in and frozen
    modules have no file to read and are returned as they are.
    """
    if not module or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(f"parent {parent_name!r} not in sys.modules",
                              name=parent_name) from None
        filename = getattr(module, '__file__', None)
        if filename:
            _exec_source(module, filename, name)
        return sys.modules[name]
    finally:
        del _RELOADING[name]


def _exec_source(module, filename, name):
    try:
        with open(filename, encoding='utf-8') as f:
            source = f.read()
    except OSError:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}",
                                  name=name) from None
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)
