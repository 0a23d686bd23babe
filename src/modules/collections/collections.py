# Python half of minipy's collections module: namedtuple, Counter, ChainMap and
# the dict subclasses OrderedDict and defaultdict. mod.rs puts deque and the
# native helpers (_count_elements, _tuplegetter, _eval, _caller_module,
# _dict_repr, _odict_prepend, _name_as_c_type) in the namespace before this runs.

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import eq as _eq, itemgetter as _itemgetter

# Python's reserved words; importing keyword here would cost a module load.
_RESERVED = frozenset(
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda nonlocal '
    'not or pass raise return try while with yield'.split())

# ids of containers whose repr is being built, so that a self-reference
# prints as '...' instead of recursing forever.
_repr_active = set()


def _guarded_repr(obj, build):
    """build(obj), or '...' when obj's repr is already on the stack."""
    marker = id(obj)
    if marker in _repr_active:
        return '...'
    _repr_active.add(marker)
    try:
        return build(obj)
    finally:
        _repr_active.discard(marker)


def _fill_mapping(target, source, extra):
    """Store source (a mapping or an iterable of pairs), then extra, into target."""
    if isinstance(source, dict) or hasattr(source, 'keys'):
        pairs = ((k, source[k]) for k in source.keys())
    else:
        pairs = source
    for k, v in pairs:
        target[k] = v
    for k, v in extra.items():
        target[k] = v


# -- OrderedDict ---------------------------------------------------------------
#
# Our dict already keeps insertion order, so OrderedDict only adds the
# order-aware operations and its own view types (which print as odict_*).

class _OrderedView:
    """Shared part of the odict_* views: a live window on the dict's data."""

    def __init__(self, mapping):
        self._mapping = mapping

    def _plain(self):
        raise NotImplementedError

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(self._plain())

    def __reversed__(self):
        return reversed(list(self._plain()))

    def __contains__(self, entry):
        return entry in self._plain()

    def __repr__(self):
        return type(self).__name__ + '(' + repr(list(self)) + ')'


class odict_keys(_OrderedView):
    def _plain(self):
        return dict.keys(self._mapping)

    def __eq__(self, other):
        return self._plain() == other

    def __and__(self, other):
        return self._plain() & other

    def __or__(self, other):
        return self._plain() | other

    def __sub__(self, other):
        return self._plain() - other

    def __xor__(self, other):
        return self._plain() ^ other


class odict_values(_OrderedView):
    def _plain(self):
        return dict.values(self._mapping)


class odict_items(_OrderedView):
    def _plain(self):
        return dict.items(self._mapping)

    def __eq__(self, other):
        return self._plain() == other


def _same_order(a, b):
    """True when two ordered dicts list their keys in the same sequence."""
    return all(map(_eq, a, b))


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    # The methods take self positionally only and name their parameters as the C
    # type's text signatures do (what inspect.signature shows); the docstrings are
    # the C type's.
    def __init__(self, /, *args, **kwargs):
        'Initialize self.  See help(type(self)) for accurate signature.'
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _fill_mapping(self, args[0] if args else (), kwargs)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument '
                            f'({len(args)} given)')
        _fill_mapping(self, args[0] if args else (), kwds)

    def popitem(self, /, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        keys = dict.keys(self)
        victim = next(reversed(keys)) if last else next(iter(keys))
        return victim, dict.pop(self, victim)

    def move_to_end(self, /, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if not last:
            _odict_prepend(self, key, value)
            return
        dict.update(self, [(key, value)])

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def __reversed__(self):
        'od.__reversed__() <==> reversed(od)'
        return reversed(list(dict.keys(self)))

    def __repr__(self, /):
        'Return repr(self).'
        def build(od):
            name = od.__class__.__name__
            if not od:
                return name + '()'
            return '%s(%r)' % (name, list(dict.items(od)))
        return _guarded_repr(self, build)

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, /, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    # Equality with another OrderedDict also needs the same key order; against a
    # plain mapping order does not matter.
    def __eq__(self, value, /):
        'Return self==value.'
        if not isinstance(value, dict):
            return NotImplemented
        if not isinstance(value, OrderedDict):
            return dict(self) == value
        return dict(self) == dict(value) and _same_order(self, value)

    def __ne__(self, value, /):
        'Return self!=value.'
        equal = self.__eq__(value)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __or__(self, value, /):
        'Return self|value.'
        if not isinstance(value, dict):
            return NotImplemented
        merged = self.__class__(self)
        merged.update(value)
        return merged

    def __ror__(self, value, /):
        'Return value|self.'
        if not isinstance(value, dict):
            return NotImplemented
        merged = self.__class__(value)
        merged.update(self)
        return merged

    def __ior__(self, value, /):
        'Return self|=value.'
        self.update(value)
        return self


_name_as_c_type(OrderedDict)


# -- defaultdict ---------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""
    # CPython's C type: no instance namespace, no weak references, the factory in
    # a member descriptor.
    __slots__ = ('default_factory',)

    def __init__(self, /, *args, **kwargs):
        'Initialize self.  See help(type(self)) for accurate signature.'
        default_factory = args[0] if args else None
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args[1:], **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
"""
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        fresh = make()
        self[key] = fresh
        return fresh

    def __repr__(self, /):
        'Return repr(self).'
        # A dict already being printed (say, as its own factory) shows as {...}.
        items = '{...}' if id(self) in _repr_active else _dict_repr(self)
        make = self.default_factory
        shown = 'None' if make is None else _guarded_repr(make, repr)
        return '%s(%s, %s)' % (type(self).__name__, shown, items)

    def copy(self):
        'D.copy() -> a shallow copy of D.'
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        'Return state information for pickling.'
        make = self.default_factory
        ctor_args = () if make is None else (make,)
        return type(self), ctor_args, None, None, iter(dict.items(self))

    def __or__(self, value, /):
        'Return self|value.'
        if not isinstance(value, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(value)
        return merged

    def __ror__(self, value, /):
        'Return value|self.'
        if not isinstance(value, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, value)
        merged.update(self)
        return merged


_name_as_c_type(defaultdict)


# -- namedtuple ----------------------------------------------------------------

def _check_identifier(name):
    """Reject a type or field name that is not a usable identifier."""
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError('Type names and field names must be valid '
                         f'identifiers: {name!r}')
    if name in _RESERVED:
        raise ValueError('Type names and field names cannot be a '
                         f'keyword: {name!r}')


def _renamed_fields(names):
    """With rename=True: replace each bad or repeated name by _<position>."""
    taken = set()
    out = []
    for pos, name in enumerate(names):
        bad = (not name.isidentifier() or name in _RESERVED
               or name.startswith('_') or name in taken)
        out.append(f'_{pos}' if bad else name)
        taken.add(name)
    return out


def _check_field_set(names, rename):
    """Fields may not start with '_' (unless renamed) nor repeat."""
    taken = set()
    for name in names:
        if not rename and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)


def _defaults_by_field(names, defaults):
    """Map the last len(defaults) field names to their default values."""
    if len(defaults) > len(names):
        raise TypeError('Got more default values than field names')
    first = len(names) - len(defaults)
    return {names[first + i]: value for i, value in enumerate(defaults)}


def _tuple_methods(typename, fields, arg_list, defaults):
    """The methods a namedtuple class gets, keyed by attribute name."""
    width = len(fields)
    make_tuple = tuple.__new__
    row_format = '(' + ', '.join(name + '=%r' for name in fields) + ')'

    # __new__ is compiled from source so that its signature names the fields.
    source = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    ctor = _eval(source, {'_tuple_new': make_tuple,
                          '__name__': f'namedtuple_{typename}'})
    ctor.__name__ = '__new__'
    ctor.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        ctor.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != width:
            raise TypeError(f'Expected {width} arguments, got {len(made)}')
        return made
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        made = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + row_format % tuple(self)

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    methods = {'__new__': ctor, '_make': _make, '_replace': _replace,
               '__repr__': __repr__, '_asdict': _asdict,
               '__getnewargs__': __getnewargs__}
    for fn in methods.values():
        fn.__qualname__ = f'{typename}.{fn.__name__}'
    methods['_make'] = classmethod(_make)
    return methods


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        names = _renamed_fields(names)
    for name in [typename] + names:
        _check_identifier(name)
    _check_field_set(names, rename)

    by_field = {}
    if defaults is not None:
        defaults = tuple(defaults)
        by_field = _defaults_by_field(names, defaults)

    fields = tuple(_sys.intern(name) for name in names)
    arg_list = ', '.join(fields) + (',' if len(fields) == 1 else '')

    body = _tuple_methods(typename, fields, arg_list, defaults)
    body.update({
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': by_field,
        '__match_args__': fields,
    })
    # The class belongs to the caller's module (its repr and pickling use it).
    if module is None:
        module = _caller_module()
    if module is not None:
        body['__module__'] = module
    for pos, name in enumerate(fields):
        body[name] = _tuplegetter(pos, _sys.intern(f'Alias for field number {pos}'))
    return type(typename, (tuple,), body)


# -- Counter -------------------------------------------------------------------

def _combine(left, right, pick, take_right_only):
    """A new Counter holding pick(a, b) for every key of left (kept when
    positive), then the keys only right has, mapped by take_right_only
    (None means they are dropped)."""
    out = Counter()
    for elem, count in left.items():
        value = pick(count, right[elem])
        if value > 0:
            out[elem] = value
    if take_right_only is not None:
        for elem, count in right.items():
            if elem in left:
                continue
            value = take_right_only(count)
            if value > 0:
                out[elem] = value
    return out


def _compare_counts(a, b, test):
    """test(a[e], b[e]) for every key of either counter (missing counts as 0);
    NotImplemented unless b is a Counter too."""
    if not isinstance(b, Counter):
        return NotImplemented
    return all(test(a[e], b[e]) for side in (a, b) for e in side)


def _count_le(a, b):
    return a <= b


def _count_ge(a, b):
    return a >= b


class Counter(dict):
    """A dict that counts hashable things: elements are the keys and their
    tallies the values (a bag or multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        """Start empty, then count an iterable's elements or add a mapping
        of element -> count, and finally the keyword counts."""
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """An element never seen has a count of zero (and is not stored)."""
        return 0

    def total(self):
        """All the counts added up."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest count first; all of them, or the
        n largest when n is given."""
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Iterate over the elements, each repeated as often as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Refused: would Counter.fromkeys('aab', 2) count or set? Neither is obvious.
        message = 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'
        raise NotImplementedError(message)

    def update(self, iterable=None, /, **kwds):
        """Like dict.update(), but counts are added rather than replaced."""
        if iterable is None:
            pass
        elif not isinstance(iterable, dict):
            _count_elements(self, iterable)
        elif not self:
            # nothing to add to yet: a plain copy of the counts will do
            super().update(iterable)
        else:
            current = self.get
            for elem, count in iterable.items():
                self[elem] = count + current(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update(), but counts are subtracted (and may go
        negative)."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, dict):
                pairs = iterable.items()
            else:
                pairs = ((elem, 1) for elem in iterable)
            for elem, count in pairs:
                self[elem] = current(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new counter of the same class with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Forget elem; deleting an absent element is not an error."""
        dict.pop(self, elem, None)

    # Comparisons treat a missing element as a count of zero; only another
    # Counter can be compared with.

    def __eq__(self, other):
        """Every element has the same count in both."""
        return _compare_counts(self, other, _eq)

    def __ne__(self, other):
        """Some element has a different count in each."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """No count of self exceeds the matching count of other."""
        return _compare_counts(self, other, _count_le)

    def __lt__(self, other):
        """Like <=, and the two differ somewhere."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """No count of self falls short of the matching count of other."""
        return _compare_counts(self, other, _count_ge)

    def __gt__(self, other):
        """Like >=, and the two differ somewhere."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered are shown in insertion order
            shown = dict(self)
        return f'{name}({shown!r})'

    # Binary operators build a fresh Counter that keeps positive counts only.

    def __add__(self, other):
        """Sum of the counts of both counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        return _combine(self, other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        """Counts of self minus those of other, positive results only."""
        if not isinstance(other, Counter):
            return NotImplemented
        return _combine(self, other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        """Union: the larger count of the two."""
        if not isinstance(other, Counter):
            return NotImplemented
        return _combine(self, other, lambda a, b: b if a < b else a, lambda b: b)

    def __and__(self, other):
        """Intersection: the smaller count of the two."""
        if not isinstance(other, Counter):
            return NotImplemented
        return _combine(self, other, lambda a, b: a if a < b else b, None)

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        """Subtract from an empty counter: negative counts become positive,
        the rest are dropped."""
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    def _keep_positive(self):
        """Drop, in place, every element whose count is not above zero."""
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    # In-place operators change self, then drop what is not positive.

    def __iadd__(self, other):
        """In-place sum, keeping positive counts only."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """In-place difference, keeping positive counts only."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """In-place union: each count becomes the larger of the two."""
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        """In-place intersection: each count becomes the smaller of the two."""
        for elem, mine in self.items():
            theirs = other[elem]
            if theirs < mine:
                self[elem] = theirs
        return self._keep_positive()


# -- ChainMap ------------------------------------------------------------------

class _ChainView:
    """Base of the views ChainMap hands out; they read through the chain."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


def _same(a, b):
    return a is b or a == b


class KeysView(_ChainView):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return (key for key in self._mapping)


class ItemsView(_ChainView):
    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        source = self._mapping
        return ((key, source[key]) for key in source)


class ValuesView(_ChainView):
    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        source = self._mapping
        return (source[key] for key in source)


def _from_front(chain, key, action):
    """action(first mapping), reporting a missing key as a ChainMap error."""
    try:
        return action(chain.maps[0])
    except KeyError:
        raise KeyError(f'Key not found in the first mapping: {key!r}')


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap))


class ChainMap:
    """Several mappings searched in turn as one; writes go to the first."""

    def __init__(self, *maps):
        """Chain the given mappings; with none, chain one new empty dict."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            # ask with [] rather than 'in' so a defaultdict layer can answer
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # deepest layer first, so keys appear in the order they were first seen
        seen = {}
        for layer in reversed(self.maps):
            seen.update(dict.fromkeys(layer))
        return iter(seen)

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        def build(chain):
            inner = ', '.join(repr(layer) for layer in chain.maps)
            return f'{chain.__class__.__name__}({inner})'
        return _guarded_repr(self, build)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain of one new dict holding iterable's keys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Same chain, with a copy of the first mapping."""
        head, *rest = self.maps
        return self.__class__(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """This chain with m (default: a new dict) put in front; keyword
        arguments are stored into that new front mapping."""
        front = kwargs if m is None else m
        if m is not None and kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        """This chain without its first mapping."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        _from_front(self, key, lambda front: front.__delitem__(key))

    def popitem(self):
        """Remove and return a pair from the first mapping."""
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value."""
        return _from_front(self, key, lambda front: front.pop(key, *args))

    def clear(self):
        """Empty the first mapping; the others are left alone."""
        self.maps[0].clear()

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def setdefault(self, key, default=None):
        # a lookup, not 'in': a __missing__ hook may supply the value
        try:
            found = self[key]
        except KeyError:
            self[key] = default
            found = default
        return found

    def update(self, other=(), /, **kwds):
        _fill_mapping(self, other, kwds)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        flat = dict(other)
        for layer in reversed(self.maps):
            flat.update(layer)
        return self.__class__(flat)


def __getattr__(name):
    # UserDict, UserList and UserString need collections.abc, so they are
    # loaded from _collections_user on first use (PEP 562) to keep
    # 'import collections' cheap.
    if name == 'abc':
        # The submodule is loaded by the time a CPython script runs; here, on first use.
        import collections.abc
        return globals()['abc']
    if name not in ('UserDict', 'UserList', 'UserString'):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import _collections_user
    value = getattr(_collections_user, name)
    globals()[name] = value
    return value
