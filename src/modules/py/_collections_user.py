"""UserDict, UserList and UserString: classes that hold a dict, list or str in
their `data` attribute and forward to it, made to be subclassed. collections
exports them; they live apart so that importing collections stays cheap."""

import sys as _sys
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSequence as _MutableSequence
from collections.abc import Sequence as _Sequence

__all__ = ['UserDict', 'UserList', 'UserString']

_NO_LIMIT = _sys.maxsize


def _shallow_clone(obj, fresh_data):
    """A new object of obj's class with obj's attributes, except that `data`
    is fresh_data (so the clone does not share its container)."""
    cls = obj.__class__
    clone = cls.__new__(cls)
    attrs = clone.__dict__
    attrs.update(obj.__dict__)
    attrs['data'] = fresh_data
    return clone


# -- UserDict ------------------------------------------------------------------

def _dict_of(other):
    """The dict behind a UserDict; any other mapping as it is."""
    return other.data if isinstance(other, UserDict) else other


class UserDict(_MutableMapping):
    """A mapping that keeps its items in the dict `data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        # a subclass may define __missing__, as a dict subclass can
        hook = getattr(self.__class__, '__missing__', None)
        if hook is not None:
            return hook(self, key)
        raise KeyError(key)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return self.__class__(self.data | _dict_of(other))

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return self.__class__(_dict_of(other) | self.data)

    def __ior__(self, other):
        self.data |= _dict_of(other)
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'].copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass may carry more state: copy.copy keeps it, while `data`
        # is emptied for the duration and refilled from self afterwards.
        import copy
        saved = self.data
        self.data = {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# -- UserList ------------------------------------------------------------------

def _list_of(other):
    """The list behind a UserList; anything else as it is."""
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    """other as a list to concatenate with: a UserList's data, a list as is,
    any other iterable converted."""
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, list):
        return other
    return list(other)


class UserList(_MutableSequence):
    """A sequence that keeps its items in the list `data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        elif type(initlist) == list:
            self.data[:] = initlist
        else:
            self.data = list(initlist)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return repr(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        # a slice stays a UserList of the same class
        return self.__class__(found) if isinstance(i, slice) else found

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    # Comparisons look through another UserList to its list.

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    # Changing the list in place.

    def extend(self, other):
        self.data.extend(_list_of(other))

    def append(self, item):
        self.data.append(item)

    def remove(self, item):
        self.data.remove(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def clear(self):
        self.data.clear()

    def pop(self, i=-1):
        return self.data.pop(i)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    # Asking about the list.

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    # New lists: copies, concatenation, repetition.

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'][:])

    def copy(self):
        return self.__class__(self)

    def __imul__(self, n):
        self.data *= n
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self


# -- UserString ----------------------------------------------------------------

def _str_of(s):
    """The str behind a UserString; anything else as it is."""
    return s.data if isinstance(s, UserString) else s


def _str_query(name):
    """A no-argument method answering with str's own result (a bool)."""
    def method(self):
        return getattr(self.data, name)()
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


def _str_transform(name):
    """A no-argument method whose str result comes back as a UserString."""
    def method(self):
        return self.__class__(getattr(self.data, name)())
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


class UserString(_Sequence):
    """A string-like sequence that keeps its text in the str `data`."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        elif not isinstance(seq, str):
            seq = str(seq)
        self.data = seq

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def __hash__(self):
        return hash(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    def __complex__(self):
        return complex(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    # Comparisons look through another UserString to its str.

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __add__(self, other):
        tail = _str_of(other)
        if not isinstance(tail, str):
            tail = str(tail)
        return self.__class__(self.data + tail)

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return self.__class__(head + self.data)

    # str's methods follow; where str gives back a str, a UserString of the
    # same class is returned instead.

    capitalize = _str_transform('capitalize')
    casefold = _str_transform('casefold')
    lower = _str_transform('lower')
    swapcase = _str_transform('swapcase')
    title = _str_transform('title')
    upper = _str_transform('upper')

    isalpha = _str_query('isalpha')
    isalnum = _str_query('isalnum')
    isascii = _str_query('isascii')
    isdecimal = _str_query('isdecimal')
    isdigit = _str_query('isdigit')
    isidentifier = _str_query('isidentifier')
    islower = _str_query('islower')
    isnumeric = _str_query('isnumeric')
    isprintable = _str_query('isprintable')
    isspace = _str_query('isspace')
    istitle = _str_query('istitle')
    isupper = _str_query('isupper')

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_of(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_of(suffix)))

    def replace(self, old, new, maxsplit=-1):
        result = self.data.replace(_str_of(old), _str_of(new), maxsplit)
        return self.__class__(result)

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    # Searching: these accept a UserString needle ...

    def count(self, sub, start=0, end=_NO_LIMIT):
        return self.data.count(_str_of(sub), start, end)

    def find(self, sub, start=0, end=_NO_LIMIT):
        return self.data.find(_str_of(sub), start, end)

    def rfind(self, sub, start=0, end=_NO_LIMIT):
        return self.data.rfind(_str_of(sub), start, end)

    # ... while these pass theirs to str unchanged.

    def index(self, sub, start=0, end=_NO_LIMIT):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_NO_LIMIT):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_NO_LIMIT):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_NO_LIMIT):
        return self.data.endswith(suffix, start, end)

    # These return str's own result: bytes, str, tuples or lists of str.

    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        return self.data.encode(encoding, errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    maketrans = str.maketrans
