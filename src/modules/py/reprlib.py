"""repr() with size limits: long containers, strings and numbers are abbreviated, and
nesting stops at a fixed depth.  Also recursive_repr, which keeps a __repr__ from
recursing into its own object."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:
    # Without threads every call comes from the one thread there is.
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call made while the same object's repr is
    already being computed (in the same thread) returns fillvalue instead."""

    def decorate(repr_method):
        in_progress = set()

        def guarded_repr(self):
            token = (id(self), get_ident())
            if token in in_progress:
                return fillvalue
            in_progress.add(token)
            try:
                return repr_method(self)
            finally:
                in_progress.discard(token)

        # Only these attributes are carried over (functools.wraps would also set
        # __wrapped__, which the decorated method must not have).
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded_repr, attr, getattr(repr_method, attr))
        guarded_repr.__annotations__ = getattr(repr_method, '__annotations__', {})
        return guarded_repr

    return decorate


def _abbreviate(text, limit, filler):
    """text cut to `limit` characters by replacing its middle with filler."""
    if len(text) <= limit:
        return text
    head, tail = _split_budget(limit)
    return text[:head] + filler + text[len(text) - tail:]


def _split_budget(limit):
    # What is left of the limit after three characters of filler, shared between the
    # two ends (the head gets the smaller half).
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return head, tail


def _possibly_sorted(items):
    """The items in sorted order when they can be compared, else as iterated; this
    keeps set and dict output stable."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """A configurable abbreviating repr.  The max* attributes bound the number of
    items shown per container type, maxlevel the nesting depth, and maxstring,
    maxlong and maxother the length of the text for str, int and everything else."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        """The abbreviated repr of x."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The repr of x with `level` levels of nesting left.  A method named
        repr_<type name> handles its type (spaces in the name become underscores);
        repr_instance handles the rest."""
        type_name = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + type_name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        """left + the first maxiter items + right; items are elided when there are
        more, and the whole inside when the depth is used up."""
        count = len(x)
        if count and level <= 0:
            return left + self.fillvalue + right
        shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if count > maxiter:
            shown.append(self.fillvalue)
        if count == 1 and trail:
            # One-item tuples keep their comma.
            right = trail + right
        return left + ', '.join(shown) + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        opening = f"array('{x.typecode}'"
        if len(x) == 0:
            return opening + ')'
        return self._repr_iterable(x, level, opening + ', [', '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level,
                                   'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        entries = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            shown_key = self.repr1(key, level - 1)
            shown_value = self.repr1(x[key], level - 1)
            entries.append(shown_key + ': ' + shown_value)
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Cut the string before quoting it, so that quotes and escape sequences stay
        # whole, then trim the quoted form to the limit around the filler.
        head, tail = _split_budget(limit)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _abbreviate(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ still gets a placeholder rather than an error.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _abbreviate(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
