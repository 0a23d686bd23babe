import csv
import io


def parse(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        rows = list(r)
        print(rows, r.line_num)
    except csv.Error as e:
        print('csv.Error:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)


parse(['a,b,c', '1,2,3'])
parse(['a,b,c\r\n', '1,2,3\r\n'])
parse(['"quoted, with comma","say ""hi"""\n'])
parse(['"multi\n', 'line",x\n', 'next\n'])
parse(['', '\n', 'a\n', '\r\n'])
parse([',,', ',a,'])
parse(['a, b,  c'], skipinitialspace=True)
parse(['a;b;"c;d"'], delimiter=';')
parse(['a\tb'], dialect='excel-tab')
parse(['a\\,b,c'], escapechar='\\')
parse(['"a\\"b",c'], escapechar='\\', doublequote=False)
parse(['a\\\n', 'b,c'], escapechar='\\')
parse(['"a\\', 'b",c'], escapechar='\\')
parse(['abc\\'], escapechar='\\')
parse(['"a"b,c'])
parse(['"a"b,c'], strict=True)
parse(['"open'])
parse(['"open'], strict=True)
parse(['a\rb'])
parse(['a\r\n'])
parse(['a\0b'])
parse([b'bytes'])
parse(['1,"2",3.5,-4e2'], quoting=csv.QUOTE_NONNUMERIC)
parse(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)
parse(['"a",b'], quoting=csv.QUOTE_NONE)
parse(['"a",b'], quotechar=None)
parse(["'x,y',z"], quotechar="'")
parse(['x'], bogus=1)
parse(['x'], delimiter='')
parse(['x'], delimiter=None)
parse(['x'], quotechar=5)
parse(['x'], quoting=9)
parse(['x'], quoting='1')
parse(['x'], quotechar=None, quoting=csv.QUOTE_MINIMAL)
parse(['x'], dialect='excel', quotechar=None)
parse(['x'], lineterminator=None)
parse(['x'], dialect='nope')
parse(5)

old = csv.field_size_limit(5)
print(old)
parse(['abcde,abcdef'])
parse(['abcde'])
print(csv.field_size_limit(new_limit=old), csv.field_size_limit())
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print(e)
try:
    csv.field_size_limit('x')
except TypeError as e:
    print(e)

f = io.StringIO('name,age\r\nann,30\r\n\r\nbob,25,extra\r\ncy\r\n')
dr = csv.DictReader(f)
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(['a,b', '1,2,3,4', '5'], restkey='rest', restval='?')
print(list(dr))
dr = csv.DictReader(['1,2'], fieldnames=('x', 'y'))
print(list(dr), dr.fieldnames)
print(csv.DictReader([]).fieldnames)

r = csv.reader(['a,b'], delimiter=';', quoting=csv.QUOTE_ALL)
d = r.dialect
print(repr(d.delimiter), repr(d.quotechar), d.quoting, d.doublequote,
      d.skipinitialspace, d.strict, repr(d.escapechar), repr(d.lineterminator))
print(type(r), type(d))
