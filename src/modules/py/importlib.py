"""Programmatic import: import_module, reload and invalidate_caches.

These sit on top of minipy's own import statement (builtins.__import__);
importlib.util and importlib.machinery are not provided.
"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__

# name -> module for reloads in progress: a module that reloads itself while
# being reloaded gets the module back instead of recursing.
_reloads_in_progress = {}


# --- import_module -----------------------------------------------------------

def import_module(name, package=None):
    """Import the named module and return it (the module itself, not the
    top-level package that `import a.b` binds).

    A name starting with dots is relative to `package`.
    """
    dots = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform "
                            f"a relative import for {name!r}")
        dots = len(name) - len(name.lstrip('.'))
    return _import_at_level(name[dots:], package, dots)


def _import_at_level(name, package, level):
    _check_request(name, package, level)
    if level:
        name = _absolute_name(name, package, level)
    return _load(name)


def _check_request(name, package, level):
    """Reject the argument combinations the import system refuses."""
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    elif not name:
        raise ValueError('Empty module name')


def _absolute_name(name, package, level):
    """Resolve `name`, found `level` dots below `package`, to a full name."""
    # level 1 is the package itself; each further dot drops one component.
    pieces = package.rsplit('.', level - 1)
    if len(pieces) < level:
        raise ImportError('attempted relative import beyond top-level package')
    anchor = pieces[0]
    return f'{anchor}.{name}' if name else anchor


def _load(full_name):
    """The module called full_name, importing it (parents first) if needed."""
    if full_name in sys.modules:
        found = sys.modules[full_name]
        if found is None:
            raise ModuleNotFoundError(
                f'import of {full_name} halted; None in sys.modules', name=full_name)
        return found
    parent_name, _, leaf = full_name.rpartition('.')
    parent = _load(parent_name) if parent_name else None
    __import__(full_name)
    module = sys.modules.get(full_name)
    if module is None:
        raise ModuleNotFoundError(f'No module named {full_name!r}', name=full_name)
    # `import a.b` makes b an attribute of a; do the same here.
    if parent is not None and getattr(parent, leaf, None) is not module:
        setattr(parent, leaf, module)
    return module


# --- caches --------------------------------------------------------------------

def invalidate_caches():
    """Ask each finder on sys.meta_path that can, to forget what it cached.

    minipy's own importer reads directories afresh each time, so it has
    nothing to drop itself.
    """
    for finder in getattr(sys, 'meta_path', ()):
        drop = getattr(finder, 'invalidate_caches', None)
        if drop is not None:
            drop()


# --- reload ------------------------------------------------------------------

def reload(module):
    """Run the module's source again in its existing namespace; return it.

    Names the new source no longer defines stay.  Modules with no source
    file (built-in or frozen) are returned unchanged.
    """
    name = _reload_target_name(module)
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _reloads_in_progress:
        return _reloads_in_progress[name]
    _reloads_in_progress[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(f"parent {parent_name!r} not in sys.modules",
                              name=parent_name)
        source_path = getattr(module, '__file__', None)
        if source_path:
            _rerun_source(module, source_path, name)
        return sys.modules[name]
    finally:
        del _reloads_in_progress[name]


def _reload_target_name(module):
    if not module or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    spec_name = getattr(spec, 'name', None)
    if spec_name is not None:
        return spec_name
    try:
        return module.__name__
    except AttributeError:
        raise TypeError("reload() argument must be a module") from None


def _rerun_source(module, path, name):
    try:
        with open(path, encoding='utf-8') as handle:
            text = handle.read()
    except OSError:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}",
                                  name=name) from None
    exec(compile(text, path, 'exec'), module.__dict__)
