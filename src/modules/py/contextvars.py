"""Context variables: values that belong to a context rather than to a scope.

A Context maps ContextVar objects to values.  One context is current at any
time; ContextVar.get/set read and change the variable in it, and Context.run
makes another context current while a function runs.  minipy has no threads,
so there is a single current context for the whole program.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

import types

# The marker for "no value": a variable without a default, a token for a
# variable that had no value before set().
_NO_VALUE = object()

# Only ContextVar.set() may make tokens: this key proves the call comes from it.
_TOKEN_KEY = object()


def _refuse_subclass(cls):
    raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable "
                    "base type")


def _refuse_attribute(obj, name):
    raise AttributeError(f"'_contextvars.{type(obj).__name__}' object has no "
                         f"attribute '{name}'")


def _refuse_pickle(obj):
    raise TypeError(f"cannot pickle '_contextvars.{type(obj).__name__}' object")


class _MappingView:
    """What Context.keys()/values()/items() return: a sized, iterable view
    over one snapshot of the context's mapping."""
    __module__ = 'builtins'
    __slots__ = ('_data',)

    def __init__(self, data):
        object.__setattr__(self, '_data', data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f'<{type(self).__name__} object at {id(self):#x}>'


class keys(_MappingView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._data)


class values(_MappingView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._data.values())


class items(_MappingView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._data.items())


def _check_key(key):
    if not isinstance(key, ContextVar):
        raise TypeError(f'a ContextVar key was expected, got {key!r}')


class Context:
    """A mapping of context variables to their values.  Context() is empty;
    copy_context() gives a copy of the current one."""
    __module__ = '_contextvars'
    __slots__ = ('_data', '_entered', '_outer')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        # _data is never changed in place: setting a variable installs a new
        # dict, so views and copies taken earlier keep their snapshot.
        object.__setattr__(self, '_data', {})
        object.__setattr__(self, '_entered', False)
        object.__setattr__(self, '_outer', None)

    def __init_subclass__(cls, **kwargs):
        _refuse_subclass(Context)

    def __getattr__(self, name):
        _refuse_attribute(self, name)

    def __setattr__(self, name, value):
        _refuse_attribute(self, name)

    def __reduce__(self):
        _refuse_pickle(self)

    def run(*args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current; the
        changes the call makes to context variables stay in this context."""
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        self, function, *args = args
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already '
                               'entered')
        self._enter()
        try:
            return function(*args, **kwargs)
        finally:
            self._leave()

    def _enter(self):
        global _current
        object.__setattr__(self, '_outer', _current)
        object.__setattr__(self, '_entered', True)
        _current = self

    def _leave(self):
        global _current
        _current = self._outer
        object.__setattr__(self, '_outer', None)
        object.__setattr__(self, '_entered', False)

    def _store(self, var, value):
        data = dict(self._data)
        if value is _NO_VALUE:
            del data[var]
        else:
            data[var] = value
        object.__setattr__(self, '_data', data)

    def copy(self):
        """A new context holding the same variables and values."""
        other = Context()
        object.__setattr__(other, '_data', self._data)
        return other

    def get(self, *args):
        """The value of a variable in this context, or *default* (None)."""
        if not args:
            raise TypeError('get expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError(f'get expected at most 2 arguments, got {len(args)}')
        key = args[0]
        _check_key(key)
        default = args[1] if len(args) == 2 else None
        return self._data.get(key, default)

    def __getitem__(self, key):
        _check_key(key)
        return self._data[key]

    def __contains__(self, key):
        _check_key(key)
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return keys(self._data)

    def values(self):
        return values(self._data)

    def items(self):
        return items(self._data)

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")


# The context the program runs in until Context.run switches to another.
_current = Context()


def copy_context(*args):
    """A copy of the current context."""
    if args:
        raise TypeError('_contextvars.copy_context() takes no arguments '
                        f'({len(args)} given)')
    return _current.copy()


class ContextVar:
    """A context variable: ContextVar(name, *, default=...)."""
    __module__ = '_contextvars'
    __slots__ = ('_name', '_default')

    def __init__(self, *args, **kwargs):
        name, default = _context_var_arguments(args, kwargs)
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    def __init_subclass__(cls, **kwargs):
        _refuse_subclass(ContextVar)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    @property
    def name(self):
        return self._name

    def __getattr__(self, name):
        _refuse_attribute(self, name)

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        _refuse_attribute(self, name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce__(self):
        _refuse_pickle(self)

    def get(self, *args):
        """The variable's value in the current context; when it has none,
        *default* if given, else the variable's default, else LookupError."""
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current._data.get(self, _NO_VALUE)
        if value is not _NO_VALUE:
            return value
        if args:
            return args[0]
        if self._default is not _NO_VALUE:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Gives the variable a new value in the current context; returns a
        Token with which reset() restores the previous state."""
        if len(args) != 1:
            raise TypeError('ContextVar.set() takes exactly one argument '
                            f'({len(args)} given)')
        old_value = _current._data.get(self, _NO_VALUE)
        _current._store(self, args[0])
        return Token(_TOKEN_KEY, _current, self, old_value)

    def reset(self, *args):
        """Puts the variable back as it was before the set() that made
        *token*.  Each token works once, in the context it was made in."""
        if len(args) != 1:
            raise TypeError('ContextVar.reset() takes exactly one argument '
                            f'({len(args)} given)')
        token = args[0]
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._context is not _current:
            raise ValueError(f'{token!r} was created in a different Context')
        object.__setattr__(token, '_used', True)
        _current._store(self, token._old_value)

    def __repr__(self):
        parts = [f'name={self._name!r}']
        if self._default is not _NO_VALUE:
            parts.append(f'default={self._default!r}')
        return f"<ContextVar {' '.join(parts)} at {id(self):#x}>"


def _context_var_arguments(args, kwargs):
    # ContextVar(name, *, default): CPython's messages for the wrong calls,
    # checked in CPython's order.
    if len(args) + len(kwargs) > 2:
        raise TypeError('ContextVar() takes at most 2 arguments '
                        f'({len(args) + len(kwargs)} given)')
    if len(args) > 1:
        raise TypeError('ContextVar() takes at most 1 positional argument '
                        f'({len(args)} given)')
    if not args:
        raise TypeError('ContextVar() takes exactly 1 positional argument '
                        '(0 given)')
    for key in kwargs:
        if key != 'default':
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            "ContextVar()")
    return args[0], kwargs.get('default', _NO_VALUE)


class _TokenMissing:
    """The type of Token.MISSING."""
    __module__ = 'builtins'
    __qualname__ = 'Token.MISSING'
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns: the variable and its value before."""
    __module__ = '_contextvars'
    __slots__ = ('_context', '_var', '_old_value', '_used')

    MISSING = _TokenMissing()

    def __init__(self, *args):
        if not args or args[0] is not _TOKEN_KEY:
            raise RuntimeError('Tokens can only be created by ContextVars')
        _, context, var, old_value = args
        object.__setattr__(self, '_context', context)
        object.__setattr__(self, '_var', var)
        object.__setattr__(self, '_old_value', old_value)
        object.__setattr__(self, '_used', False)

    def __init_subclass__(cls, **kwargs):
        _refuse_subclass(Token)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        if self._old_value is _NO_VALUE:
            return Token.MISSING
        return self._old_value

    def __getattr__(self, name):
        _refuse_attribute(self, name)

    def __setattr__(self, name, value):
        if name in ('var', 'old_value'):
            raise AttributeError(f"attribute '{name}' of '_contextvars.Token' "
                                 "objects is not writable")
        _refuse_attribute(self, name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce__(self):
        _refuse_pickle(self)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'


_TokenMissing.__name__ = 'MISSING'
del _TokenMissing
