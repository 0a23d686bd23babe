"""pympler.summary: objects summarised by type as rows [type, count, total bytes], and
differences between summaries. Sizes are exact heap bytes (sys.getsizeof)."""

import re
import sys

__all__ = ['summarize', 'get_diff', 'format_', 'print_']

_address = re.compile(r' at 0x[0-9a-fA-F]+')
_type_prefix = re.compile(r"^<(type|class) '")
_type_suffix = re.compile(r"'>$")

_FunctionType = type(lambda: None)
_ModuleType = type(sys)


class _C:
    def m(self):
        pass


_MethodType = type(_C().m)

# How some types are named in a summary (Pympler's default representations).
representations = {
    _MethodType: lambda i: 'instancemethod (%s)' % repr(i.__func__),
    dict: lambda d: str(type(d)),
    _FunctionType: lambda f: 'function (%s)' % f.__name__,
    list: lambda l: str(type(l)),
    _ModuleType: lambda m: 'module(%s)' % getattr(m, '__name__', 'nameless'),
    set: lambda s: str(type(s)),
}


def _repr(o):
    f = representations.get(type(o))
    res = f(o) if f is not None else str(type(o))
    res = _address.sub('', res)
    res = _type_prefix.sub('', res)
    return _type_suffix.sub('', res)


def summarize(objects):
    """Rows [type, number of objects, total bytes], one per type."""
    count = {}
    total_size = {}
    for o in objects:
        otype = _repr(o)
        if otype in count:
            count[otype] += 1
            total_size[otype] += sys.getsizeof(o)
        else:
            count[otype] = 1
            total_size[otype] = sys.getsizeof(o)
    return [[otype, count[otype], total_size[otype]] for otype in count]


def get_diff(left, right):
    """Rows of `right` minus `left` (types only in one of them included)."""
    res = []
    for row_r in right:
        found = False
        for row_l in left:
            if row_r[0] == row_l[0]:
                res.append([row_r[0], row_r[1] - row_l[1], row_r[2] - row_l[2]])
                found = True
        if not found:
            res.append(row_r)
    for row_l in left:
        if not any(row_l[0] == row_r[0] for row_r in right):
            res.append([row_l[0], -row_l[1], -row_l[2]])
    return res


def _sweep(rows):
    return [row for row in rows if row[2] != 0 or row[1] != 0]


def _pp(i, base=1024):
    """A byte count as Pympler prints it: '  48     B', '   1.50 KB'."""
    degree = 0
    pattern = '%4d     %s'
    while i > base:
        pattern = '%7.2f %s'
        i = i / float(base)
        degree += 1
    scales = ['B', 'KB', 'MB', 'GB', 'TB', 'EB']
    return pattern % (i, scales[degree])


def _format_table(rows):
    widths = [max(len(str(item)) + 2 for item in col) for col in zip(*rows)]
    lines = []
    for i, row in enumerate(rows):
        lines.append(' | '.join(str(item).rjust(w) for item, w in zip(row, widths)))
        if i == 0:
            lines.append(' | '.join('=' * w for w in widths))
    return lines


def format_(rows, limit=15, sort='size', order='descending'):
    """The table print_ prints, as a list of lines."""
    sortby = ['type', '#', 'size']
    if sort not in sortby:
        raise ValueError('invalid sort, should be one of' + str(sortby))
    orders = ['ascending', 'descending']
    if order not in orders:
        raise ValueError('invalid order, should be one of' + str(orders))
    localrows = [list(row) for row in rows]
    column = sortby.index(sort)
    localrows.sort(key=lambda x: x[column], reverse=order == 'descending')
    localrows = localrows[0:limit]
    for row in localrows:
        row[2] = _pp(row[2])
    localrows.insert(0, ['types', '# objects', 'total size'])
    return _format_table(localrows)


def print_(rows, limit=15, sort='size', order='descending'):
    """Prints the rows as a table, largest total size first, at most `limit` rows."""
    for line in format_(rows, limit=limit, sort=sort, order=order):
        print(line)
