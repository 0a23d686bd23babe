"""Mock objects for tests: Mock, MagicMock, patch and friends, as CPython 3.11 has them.

A mock records every call made to it and to its attributes (which are mocks made on
first use), answers with its return_value or side_effect, and checks those calls with
the assert_* methods, whose failure messages are CPython's. patch() swaps an attribute
for a mock while a function, a `with` block or a test class runs.

Each mock instance gets a class of its own (named as its public class), so that the
magic methods configured on one mock do not leak into another.
"""

import builtins
import contextlib
import functools
import inspect
import pprint
import sys
from types import CodeType, FunctionType, MethodType, ModuleType

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Raised when a mock is given an invalid spec (such as another mock)."""


# ------------------------------------------------------------------ sentinels

class _SentinelObject:
    """A unique named object: sentinel.NAME."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Makes and remembers one _SentinelObject per attribute name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # Without this, copy and pickle would find a class-like object.
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything: a wildcard in expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ------------------------------------------------------------------ magic method tables

_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index "
    "round trunc floor ceil bool next fspath aiter"
)
_numeric_names = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"

_magics = {'__%s__' % n for n in _magic_names.split()}
for _n in _numeric_names.split():
    _magics.update(('__%s__' % _n, '__i%s__' % _n, '__r%s__' % _n))
del _n

# Magic methods a MagicMock supports when set, but does not configure by default.
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# Attribute names a mock refuses to invent (they are probably misspelt asserts).
_ATTRIB_DENY_LIST = frozenset({
    name.removeprefix('assert_')
    for name in ('assert_any_call', 'assert_called', 'assert_called_once',
                 'assert_called_once_with', 'assert_called_with',
                 'assert_has_calls', 'assert_not_called')
})

_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


def _is_instance_mock(obj):
    # type(), not isinstance(): a mock with a spec claims to be of another class.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _extract_mock(obj):
    # An autospecced function carries its mock in .mock.
    if isinstance(obj, FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether instances of obj (a class, or an instance's class) are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(base.__dict__.get('__call__') is not None for base in obj.__mro__)


def _is_async_func(obj):
    if getattr(obj, '__code__', None):
        return inspect.iscoroutinefunction(obj)
    return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _try_iter(obj):
    # A side_effect that is an iterable (not a callable, not an exception) is
    # consumed one item per call.
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        # Not iterable either: the call will fail when it uses it, as CPython's does.
        return obj


def _signature_of(func, as_instance=False, eat_self=False):
    """(callable, inspect.Signature) of what a spec is called as, or None."""
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, (FunctionType, MethodType)):
        try:
            func = func.__call__
        except AttributeError:
            return None
    sig_func = functools.partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(sig_func)
    except (ValueError, TypeError):
        return None


# ------------------------------------------------------------------ calls

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """A list whose `in` compares with the expected item on the left, so that an
    ANY inside the expected call matches."""

    def __contains__(self, item):
        for element in self:
            if item == element:
                return True
        return False


class _Call(tuple):
    """A recorded or expected call: (args, kwargs) or (name, args, kwargs).

    `call` itself builds expected calls: call(1, x=2), call.method(3), call()(4).
    """

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        own_parent = getattr(self, '_mock_parent', None)
        other_parent = getattr(other, '_mock_parent', None)
        if own_parent and other_parent and own_parent != other_parent:
            return False
        other_name, other_args, other_kwargs = '', (), {}
        if other_len == 0:
            pass
        elif other_len == 3:
            other_name, other_args, other_kwargs = other
        elif other_len == 1:
            only, = other
            if isinstance(only, tuple):
                other_args = only
            elif isinstance(only, str):
                other_name = only
            else:
                other_kwargs = only
        elif other_len == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args = second
                else:
                    other_kwargs = second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        # The expected values on the left, so that ANY in them matches.
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    # tuple's own count and index would hide call.count(...) / call.index(...).
    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The chain of calls this call was made from, as a list: call(1)(2)
        gives [call(1), call()(2)]."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


# ------------------------------------------------------------------ the mock classes

def _delegating_property(name):
    # Call bookkeeping lives in the mock's __dict__ as _mock_NAME; an autospecced
    # function's mock answers for its wrapper through _mock_delegate.
    private = '_mock_' + name

    def fget(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self.__dict__[private]
        return getattr(delegate, name)

    def fset(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)

    return property(fget, fset)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopts value (a mock without a parent or a name) as parent's child."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name)
            or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        # A mock cannot become its own descendant.
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _SpecState:
    """A child of an autospecced mock, made into a mock when first used."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that records attribute use but cannot be called."""

    def __new__(cls, /, *args, **kw):
        # A class of its own per instance, so that configuring magic methods on
        # one mock leaves every other alone.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            bound = _signature_of(kw.get('spec_set', kw.get('spec')))
            if bound and _is_async_func(bound[0]):
                bases = (AsyncMockMixin, cls)
        new_class = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return super().__new__(new_class)

    def __init__(self, /, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Makes mock the attribute `attribute` of this one, its calls recorded
        in this mock's method_calls and mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of spec (and, with spec_set,
        what may be set)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _signature_of(spec, _spec_as_instance, _eat_self)
            spec_signature = found and found[1]
            names = dir(spec)
            for attr in names:
                if inspect.iscoroutinefunction(getattr(spec, attr, None)):
                    spec_asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = spec_signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = spec_asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value a call of the mock returns.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect)
                and not isinstance(effect, _MockIter) and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets every call made to the mock and its children (and, if asked,
        the configured return value and side effect)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Sets attributes, dotted names reaching into children:
        configure_mock(**{'method.return_value': 3})."""
        # Shallower names first, so that a child is configured before its own children.
        for arg, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, final = arg.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, final, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods
                                      or name not in self._mock_methods):
            if (name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt'))
                    or name in _ATTRIB_DENY_LIST):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set, result.instance,
                                         result.parent, result.name)
            except InvalidSpecError:
                target = result.name if result.name else self._mock_name
                raise InvalidSpecError(
                    f'Cannot autospec attr {result.name!r} from target '
                    f'{target!r} as it has already been mocked out. '
                    f'[target={self!r}, attr={result.spec!r}]')
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        # The dotted path from the root mock: 'mock.method().attr'.
        parts = [self._mock_new_name]
        parent = self._mock_new_parent
        root = self
        dot = '' if parts == ['()'] else '.'
        while parent is not None:
            root = parent
            parts.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        parts.reverse()
        first = root._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            first += '.'
        parts[0] = first
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            label = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (label, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        from_children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None
              and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                # A plain function becomes the class's method; the instance keeps a
                # bound version for attribute access.
                setattr(type(self), name, _as_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            # Assigning __class__ makes the mock pass isinstance checks for it.
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # Only the class had it: the instance's own lookups are done.
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _get_call_signature_from_name(self, name):
        # The signature of the (autospecced) child `name` ('a.b') made the call.
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """The call with its arguments bound to the spec's signature (so that
        positional and keyword spellings compare equal), or the binding's error."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError(
                "Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless mock_calls holds calls: as a contiguous run, or with
        any_order anywhere."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fails unless some call was made with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError(
                '%s call not found' % self._format_mock_call_signature(args, kwargs)
            ) from cause

    def _get_child_mock(self, /, **kw):
        """Makes an attribute's or a return value's mock: of this mock's kind."""
        new_name = kw.get("_new_name")
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if (new_name in _all_sync_magics
                    or (self._mock_methods and new_name in self._mock_methods)):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(own, NonCallableMock):
                klass = Mock
        else:
            # The public class this instance's own class was made from.
            klass = own.__mro__[1]
        return klass(**kw)


# Names that __setattr__ stores plainly (bookkeeping, and the mock's own API).
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
}


def _as_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Replaced on autospecced mocks by a check of the spec's signature.
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)

        # Every ancestor records the call too: under the child's dotted name in
        # method_calls (attributes only) and mock_calls (return values included).
        record_method = self._mock_parent is not None
        method_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))

        ancestor = self._mock_new_parent
        while ancestor is not None:
            if record_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = ancestor._mock_parent is not None
                if record_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if ancestor._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = ancestor._mock_new_name == '()'
                mock_call_name = ancestor._mock_new_name + dot + mock_call_name
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every call is recorded and answered with return_value
    (a child mock unless set) or side_effect (an exception to raise, an iterable
    of results, or a function to call)."""


# ------------------------------------------------------------------ magic mocks

def _hash_of(mock):
    return lambda: object.__hash__(mock)


def _str_of(mock):
    return lambda: object.__str__(mock)


def _sizeof_of(mock):
    return lambda: object.__sizeof__(mock)


def _fspath_of(mock):
    return lambda: f"{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}"


_calculated_returns = {
    '__hash__': _hash_of,
    '__str__': _str_of,
    '__sizeof__': _sizeof_of,
    '__fspath__': _fspath_of,
}

_fixed_returns = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _eq_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        # A fresh iterator per iteration: a list return value can be iterated again.
        return iter(configured)
    return __iter__


def _aiter_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_effect_makers = {
    '__eq__': _eq_effect,
    '__ne__': _ne_effect,
    '__iter__': _iter_effect,
    '__aiter__': _aiter_effect,
}


def _configure_magic(mock, method, name):
    fixed = _fixed_returns.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculate = _calculated_returns.get(name)
    if calculate is not None:
        method.return_value = calculate(mock)()
        return
    make_effect = _effect_makers.get(name)
    if make_effect is not None:
        method.side_effect = make_effect(mock)


class MagicProxy(Base):
    """Stands on a MagicMock's class for a magic method until first used, then
    makes the child mock that answers it."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        m = parent._get_child_mock(name=self.name, _new_name=self.name,
                                   _new_parent=parent)
        setattr(parent, self.name, m)
        _configure_magic(parent, m, self.name)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        if getattr(self, "_mock_methods", None) is not None:
            # With a spec, only the spec's magic methods are supported.
            kept = wanted.intersection(self._mock_methods)
            for entry in wanted - kept:
                if entry in type(self).__dict__:
                    delattr(self, entry)
            wanted = kept
        own = type(self)
        for entry in wanted - set(own.__dict__):
            setattr(own, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty,
    `with` works, int() is 1, and each may be given its own return_value."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


# ------------------------------------------------------------------ async mocks

class _AsyncIterator:
    """Iterates a mock's configured __aiter__ values asynchronously."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()
        # inspect.iscoroutinefunction() recognises a mock by this code object.
        code_mock = NonCallableMock(spec_set=CodeType)
        code_mock.co_flags = inspect.CO_COROUTINE
        d['__code__'] = code_mock

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # StopIteration cannot leave a coroutine.
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fails unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Fails unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited once."
                f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fails unless the last await was with these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')

        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            expected_string = self._format_mock_call_signature(args, kwargs)
            actual_string = self._format_mock_call_signature(*self.await_args)
            raise AssertionError(
                'expected await not found.\nExpected: %s\n  Actual: %s'
                % (expected_string, actual_string)) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited once."
                f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fails unless some await was with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError(
                '%s await not found' % self._format_mock_call_signature(args, kwargs)
            ) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fails unless await_args_list holds calls (contiguously, or anywhere)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Fails if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to not have been awaited."
                f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose call returns a coroutine; awaiting it gives the result
    (return_value or side_effect) and is recorded in await_args_list."""


# ------------------------------------------------------------------ PropertyMock, seal

class PropertyMock(Mock):
    """A mock to put on a class as a property: getting the attribute calls it
    with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stops mock (and its child mocks) from making new attributes: getting an
    attribute that was not set or used before raises AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


# ------------------------------------------------------------------ mock_open

def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


_open_spec = None


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the file handle it returns reads
    read_data (read, readline, readlines and iteration) and records writes."""
    global _open_spec
    import io
    if _open_spec is None:
        _open_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    state = [_to_stream(read_data), None]

    def _read_side_effect(*args, **kwargs):
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from iter(lambda: state[0].readline(*args, **kwargs), type(read_data)())
        while True:
            yield type(read_data)()

    def _readlines_side_effect(*args, **kwargs):
        return state[0].readlines(*args, **kwargs)

    def _iter_side_effect():
        yield from state[0]

    def _next_side_effect():
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_open_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        # Each open() starts the data again.
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ------------------------------------------------------------------ autospec

def _check_signature(func, mock, skipfirst, instance=False):
    found = _signature_of(func, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _copy_func_details(func, funcopy):
    for attribute in ('__name__', '__doc__', '__text_signature__',
                      '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except AttributeError:
            pass


def _set_signature(mock, original, instance=False):
    # A real function with the original's signature, calling the mock: calling
    # it with wrong arguments fails as calling the original would.
    skipfirst = isinstance(original, type)
    found = _signature_of(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    _copy_func_details(func, funcopy)
    funcopy.__signature__ = sig
    _setup_func(funcopy, mock, sig)
    return funcopy


def _setup_func(funcopy, mock, sig):
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


def _must_skip(spec, entry, is_type):
    """Whether attribute entry of spec is called without self (static methods,
    class methods, and attributes of an instance)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif isinstance(result, FunctionType):
            return is_type
        else:
            return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped as spec: only spec's attributes exist, and calling the mock
    or its methods checks the arguments against the real signatures."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = _is_async_func(spec)
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        for name in kwargs:
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise RuntimeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock "
                    f"if {name!r} is meant to be an attribute.")
    _kwargs.update(kwargs)
    Klass = MagicMock
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not _callable(spec):
        Klass = NonCallableMagicMock
    elif is_async_func:
        if instance:
            raise RuntimeError("Instance can not be True when create_autospec "
                               "is mocking an async function")
        Klass = AsyncMock
    _name = _kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        # The root mock's mock_calls use '' as its name.
        _new_name = ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                 name=_name, **_kwargs)
    if isinstance(spec, FunctionType):
        mock = _set_signature(mock, spec)
        if is_async_func:
            # The wrapper answers the awaits the mock records.
            _setup_async_mock(mock)
    else:
        _check_signature(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {'spec': original}
        if spec_set:
            child_kwargs = {'spec_set': original}
        if not isinstance(original, FunctionType):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionType):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            if inspect.iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry,
                              _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            new.return_value = child_klass()
            _check_signature(original, new, skipfirst=skipfirst)
        if isinstance(new, FunctionType):
            setattr(mock, entry, new)
    return mock


def _setup_async_mock(mock):
    mock._is_coroutine = None
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()
    for attribute in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                      'assert_awaited_once_with', 'assert_any_await',
                      'assert_has_awaits', 'assert_not_awaited'):
        setattr(mock, attribute, getattr(mock.mock, attribute))


# ------------------------------------------------------------------ patch

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _resolve_name(name):
    # 'pkg.module.attr' (or 'pkg.module:attr'): the longest importable module
    # prefix, then attribute lookups.
    if ':' in name:
        module_name, _, attrs = name.partition(':')
        obj = __import__(module_name)
        for part in module_name.split('.')[1:]:
            obj = getattr(obj, part)
        for part in attrs.split('.') if attrs else ():
            obj = getattr(obj, part)
        return obj
    parts = name.split('.')
    module_name = parts.pop(0)
    obj = __import__(module_name)
    for part in module_name.split('.')[1:]:
        obj = getattr(obj, part)
    while parts:
        part = parts[0]
        candidate = module_name + '.' + part
        try:
            __import__(candidate)
        except ImportError:
            break
        module_name = candidate
        obj = getattr(obj, part)
        parts.pop(0)
    for part in parts:
        obj = getattr(obj, part)
    return obj


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _resolve_name(target)), attribute


def _is_started(patcher):
    return hasattr(patcher, 'is_local')


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            for name in kwargs:
                if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                    raise RuntimeError(
                        f"{name!r} is not a valid assertion. Use a spec for the mock "
                        f"if {name!r} is meant to be an attribute.")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs, unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        # Each test method gets its own copy of the patcher.
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        # Stacked @patch decorators share one wrapper: its patchings are entered
        # innermost first, and their mocks added to the arguments in that order.
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Puts the patch in place; returns the new object (a mock, unless new
        was given)."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None)
                and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")

        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                # spec=True: the original is the spec.
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    # The class's instances (its return value) get the spec too.
                    inherit = True
            if spec is None and _is_async_obj(original):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    Klass = AsyncMock
                elif not_callable:
                    Klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock)
                    and self.attribute):
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
            if inherit and _is_instance_mock(new):
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                _kwargs.pop('name')
                new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch '
                    f'target has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute,
                                  **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undoes the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                # The attribute came from a class above: put the original back
                # only if it vanished.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activates the patch until stop() (or patch.stopall())."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undoes a patch made with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # Not started with start(): stopping it is harmless.
            pass
        if not _is_started(self):
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *, unsafe=False,
                  **kwargs):
    """patch.object(target, 'attribute', ...): patches an attribute of an
    object itself rather than of a dotted import path."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=value): several attributes at once;
    the mocks made for DEFAULT values are passed as keyword arguments."""
    if type(target) is str:
        getter = lambda: _resolve_name(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set,
                              autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replaces the object named by target ('package.module.Name') with new (a
    MagicMock unless given) while a decorated function or class runs, inside a
    `with` block, or between start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values, clear=False, **kwargs): sets keys of a
    dictionary for the duration, restoring the whole dictionary afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @functools.wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patches the dictionary and returns it."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            # Not a dict: a mapping with only __getitem__ and keys().
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Restores the dictionary."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Patches the dictionary until stop()."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Restores the dictionary patched by start()."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stops every patch made active with start(), most recent first."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
