"""Named tuples of C structures, as CPython's structseq types (time.struct_time,
os.stat_result).

A subclass lists `_fields`, the names of the tuple's items (None for an item that has
no name, as the integer times of os.stat_result), and `_extra`, named fields that are
not part of the tuple (None unless given). The repr names the visible items with the
named fields in order, as CPython's does.
"""


class structseq(tuple):
    _fields = ()
    _extra = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        named = [f for f in cls._fields if f is not None]
        cls.n_sequence_fields = len(cls._fields)
        cls.n_fields = len(cls._fields) + len(cls._extra)
        cls.n_unnamed_fields = len(cls._fields) - len(named)
        cls.__match_args__ = tuple(named)
        cls._names = tuple(named) + tuple(cls._extra)
        for i, name in enumerate(cls._fields):
            if name is not None:
                setattr(cls, name, property(_item_getter(i)))
        for i, name in enumerate(cls._extra):
            setattr(cls, name, property(_extra_getter(i)))

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(cls._fields)
        total = n + len(cls._extra)
        given = len(seq)
        qual = cls.__module__ + '.' + cls.__name__
        if given < n or given > total:
            if n == total:
                what = 'a %d' % n
            elif given < n:
                what = 'an at least %d' % n
            else:
                what = 'an at most %d' % total
            raise TypeError('%s() takes %s-sequence (%d-sequence given)'
                            % (qual, what, given))
        self = tuple.__new__(cls, seq[:n])
        extra = list(seq[n:])
        for name in cls._extra[len(extra):]:
            extra.append(None if dict is None else dict.get(name))
        object.__setattr__(self, '_extra_values', tuple(extra))
        return self

    def __setattr__(self, name, value):
        if name in type(self)._names:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s.%s' object has no attribute '%s'"
                             % (type(self).__module__, type(self).__name__, name))

    def __repr__(self):
        cls = type(self)
        parts = ['%s=%r' % (k, v) for k, v in zip(cls._names, self)]
        return '%s.%s(%s)' % (cls.__module__, cls.__name__, ', '.join(parts))

    def __reduce__(self):
        extra = dict(zip(type(self)._extra, self._extra_values))
        return (type(self), (tuple(self), extra))


def _item_getter(i):
    def get(self):
        return tuple.__getitem__(self, i)
    return get


def _extra_getter(i):
    def get(self):
        return self._extra_values[i]
    return get
