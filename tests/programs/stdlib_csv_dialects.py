import csv, io
INPUTS = [[',\n""1a""\\\'"'], ['""\r,\',-\r', 'a1;b a\\""\r\r\n\r', 'x y,\n2.5b,"""\\\r\n '], ["\r\n\r\n'\ta\\;", '\t2.5"\\ 2.51""""1\n'], [',a \r\n\r\n2.5'], ["b\r\t\\-'b a"], ['b'], [' \\,b\t\t'], ['\r\r', "-\r2.5-\\\r\n'"], ['\\- \ta\r\n', '\ta\r,b\tx y\n\n'], ['\\""aba\n\\x y \t;', ';\t\n\\ ', "2.5a, -'"], ["'\t;\r\n", '2.52.5\t\t\'x y;1\t"', 'x y\\\'2.5b-"\t;'], ['1\n,\r\n ', '\\x y\n\r\n \r\n\r\nb'], ['"a', "-\r\n'bx y- "], ["'1 2.5'", '', ''], ['"\r\nba""2.5;-', "'a-\r\n", ''], ['\t', '\\""', ''], ['"2.52.5', "'\\"], [''], ['\rb\\\'\\--\r\nb""', 'ab,b2.5'], ['""'], ['1--""\t;\t1\n\r\r'], ['\n\\"\t', '2.5,a\r1;', ''], ['\rb\r\nb\n""\t', '\r\nx ya\'"\\'], ["1\r\n'\r\n,a\t\n\\", 'x y', '2.5-\r2.5\t2.5a"",\'\r'], ['12.5\r;a\t2.5a'], ['""  1b--\'2.52.5'], ['', "\t;1';'x y\r", '\n\r\n\r\n'], ["-'\r\n;\r\n-"], [',\r,;2.5""""', '-x y;,\\",-\t\' ', '\r\n\\" a\\""\r";'], ['\'\t"",\r\n', '"""x ya""1\rbx y\'\'', '1"\\\'"\\,;b\\'], [';;"\\\n ax y', '\r\t ""- ', '""a"a2.5\'"";-x y'], [',\nb 1\\x y2.52.5"', '\t"', 'a\\ '], ['\'b"\r\\\t2.5', '""""']]
ROWS = [[1, ' s '], [1j], [], [None, 'r\rl', 1j], [], ['b,c', 1, 'semi;'], [2.5], ['a', 'e\\e'], [], ['b,c', ('t',)], [' s ', 2.5, "'"], ['e\\e', 'q"q'], ['a'], [], [2.5, ' s '], [1j, 1j], [''], ["'", 'e\\e'], [], ['e\\e', 'a', ('t',)], [True, 'a'], [('t',)], ['r\rl', 'b,c', 'b,c'], [], [' s ']]
dialects = [{}, {'delimiter': ';'}, {'quotechar': "'"}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'}, {'doublequote': False},
            {'skipinitialspace': True}, {'strict': True}, {'quoting': csv.QUOTE_NONE}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
            {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_ALL}, {'quotechar': None}, {'lineterminator': '\n'}, {'delimiter': ' ', 'skipinitialspace': True},
            {'delimiter': '"'}, {'escapechar': '"'}, {'escapechar': ','}, {'quoting': csv.QUOTE_NONNUMERIC, 'strict': True}, {'lineterminator': ';\n'}]
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)
for lines in INPUTS:
    for d in dialects:
        def go():
            r = csv.reader(lines, **d)
            out = []
            try:
                for rec in r:
                    out.append((r.line_num, rec))
            except Exception as e:
                out.append('%s %s @%d' % (type(e).__name__, e, r.line_num))
            return out
        print(show(go))
for row in ROWS:
    for d in dialects:
        def go():
            s = io.StringIO()
            w = csv.writer(s, **d)
            n = w.writerow(row)
            w.writerows([row, []])
            return n, s.getvalue()
        print(show(go))
values = [None, ';', 'ab', 5, True, 7, b',']
keys = ['delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict']
import itertools
for k1, k2 in itertools.combinations(keys, 2):
    for v1 in values:
        for v2 in values[:4]:
            print(k1, k2, repr(v1), repr(v2), show(lambda: [getattr(csv.reader([], **{k1: v1, k2: v2}).dialect, k) for k in keys]))
class Incomplete(csv.Dialect):
    delimiter = ';'
print(show(Incomplete), show(csv.Dialect), show(lambda: csv.excel()._valid), show(lambda: csv.Dialect._valid))
class Full(csv.excel):
    strict = True
    quoting = csv.QUOTE_NONE
print(show(lambda: [getattr(csv.reader([], Full).dialect, k) for k in keys]))
print(show(lambda: csv.reader([], dialect='excel-tab').dialect.delimiter), show(lambda: csv.reader([], 'unix', dialect='excel')))
print(show(lambda: list(csv.DictReader(io.StringIO('a,b,c\r\n1,2\r\n\r\n3,4,5,6\r\n'), restkey='rest', restval='?'))))
r = csv.DictReader(io.StringIO(''))
print(show(lambda: (r.fieldnames, r.line_num, list(r))))
r = csv.DictReader(['x,y', '1,2'], fieldnames=['p', 'q'])
print(show(lambda: (list(r), r.line_num, r.fieldnames)))
s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='R', quoting=csv.QUOTE_NONNUMERIC)
print(show(w.writeheader), show(lambda: w.writerow({'a': 1})), show(lambda: w.writerows([{'b': 'x'}, {}])), show(lambda: w.writerow({'c': 1})), repr(s.getvalue()))
print(show(lambda: csv.DictWriter(s, ['a'], extrasaction='bogus')), show(lambda: csv.DictWriter(s, ['a'], extrasaction='IGNORE').writerow({'z': 1})))
print(show(lambda: csv.field_size_limit(5)), show(lambda: list(csv.reader(['abcdef']))), show(lambda: csv.field_size_limit()), show(lambda: csv.field_size_limit(new_limit=131072)))
print(show(lambda: list(csv.reader(['a', None]))), show(lambda: list(csv.reader([1]))))
print(show(csv.list_dialects), show(lambda: csv.register_dialect('mine', 'unix', delimiter='|')), show(lambda: csv.get_dialect('mine').delimiter), show(lambda: csv.unregister_dialect('mine')), show(csv.list_dialects))
