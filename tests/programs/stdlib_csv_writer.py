import csv
import io
import os


def write(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for row in rows:
            print('returned', w.writerow(row))
    except csv.Error as e:
        print('csv.Error:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    print(repr(s.getvalue()))


write([['a', 'b,c', 'say "hi"', 'line\nbreak', 'cr\rhere', '', None, 1, 2.5, True]])
write([[''], [None], [], ['', ''], [' ']])
write([['a b', 'c']], delimiter=' ')
write([['x', 1, 2.5, None, '3', False]], quoting=csv.QUOTE_NONNUMERIC)
write([['x', 1, '', None]], quoting=csv.QUOTE_ALL)
write([['plain', 'a,b']], quoting=csv.QUOTE_NONE)
write([['a,b', 'q"q', 'e\\e']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['']], quoting=csv.QUOTE_NONE)
write([['q"q', 'e\\e']], doublequote=False, escapechar='\\')
write([['q"q']], doublequote=False)
write([['a', 'b']], lineterminator='\n')
write([['x\ny', 'a\rb']], lineterminator='\n')
write([['a|b', "it's"]], delimiter='|', quotechar="'")
write([['a', 'b']], dialect='unix')
write([['a', 'b']], dialect='excel-tab')
write([5])
write(['abc'])
write([['x']], delimiter='::')
write([['x']], quoting=None)

try:
    csv.writer(5)
except TypeError as e:
    print(e)

s = io.StringIO()
w = csv.writer(s)
w.writerows([[1, 2], (3, 4), iter([5, 6])])
try:
    w.writerows(5)
except TypeError as e:
    print(e)
print(repr(s.getvalue()))

# DictWriter
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['name', 'age', 'city'], restval='-')
print(dw.writeheader())
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob', 'city': 'Paris'}, {'age': 7}])
try:
    dw.writerow({'name': 'x', 'oops': 1})
except ValueError as e:
    print(e)
print(repr(s.getvalue()))
dw = csv.DictWriter(s, ['a'], extrasaction='ignore')
dw.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except ValueError as e:
    print(e)

# dialect registry and classes
print(csv.list_dialects())
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(type(d), repr(d.delimiter), d.quoting, repr(d.lineterminator))
try:
    d.delimiter = ','
except AttributeError as e:
    print(e)
write([['a', 'b']], dialect='pipes')
csv.register_dialect('semi', csv.excel, delimiter=';')
write([['a', 'b;c']], dialect='semi')
csv.unregister_dialect('pipes')
csv.unregister_dialect('semi')
for bad in (lambda: csv.unregister_dialect('pipes'), lambda: csv.get_dialect('pipes'),
            lambda: csv.register_dialect(1), lambda: csv.register_dialect('y', delimiter='')):
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(csv.list_dialects())


class MyDialect(csv.Dialect):
    delimiter = ':'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


write([['a', 'b:c']], dialect=MyDialect)
print(MyDialect()._valid, csv.excel().delimiter)


class BadDialect(csv.excel):
    quotechar = 'ab'


try:
    BadDialect()
except csv.Error as e:
    print('csv.Error:', e)
try:
    csv.Dialect()
except csv.Error as e:
    print('csv.Error:', e)
write([['x']], dialect=BadDialect)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.Error.__mro__[1], repr(csv.Error('boom')))
print(csv.excel.lineterminator == '\r\n', csv.excel_tab.delimiter == '\t',
      csv.unix_dialect.quoting)

# round trip through a real file
path = 'stdlib_csv_writer_%d.tmp' % os.getpid()
rows = [['id', 'text'], ['1', 'hello, world'], ['2', 'multi\nline'], ['3', 'q"uote']]
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows(rows)
with open(path, newline='') as f:
    back = list(csv.reader(f))
print(back == rows, back)
with open(path, newline='') as f:
    for rec in csv.DictReader(f):
        print(rec)
os.remove(path)
