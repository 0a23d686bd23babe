# A small program over files: write a CSV, read it back, aggregate, write a report.
import os
base = 'io_program_%d' % os.getpid()
data_name = base + '_data.csv'
report_name = base + '_report.txt'
rows = [('apples', 3, 0.5), ('pears', 10, 0.25), ('plums', 7, 1.75), ('apples', 2, 0.55)]
with open(data_name, 'w') as f:
    f.write('name,count,price\n')
    for name, count, price in rows:
        f.write(f'{name},{count},{price}\n')
totals = {}
with open(data_name) as f:
    header = f.readline().rstrip('\n').split(',')
    for line in f:
        name, count, price = line.rstrip('\n').split(',')
        totals[name] = totals.get(name, 0) + int(count) * float(price)
print(header)
with open(report_name, 'w') as out:
    for name in sorted(totals):
        print(f'{name:<8}{totals[name]:>8.2f}', file=out)
    out.write('-' * 16 + '\n')
    print(f'{"total":<8}{sum(totals.values()):>8.2f}', file=out)
with open(report_name) as f:
    print(f.read(), end='')
with open(report_name, 'a') as f:
    f.write('appended line\n')
with open(report_name) as f:
    lines = f.readlines()
print(len(lines), lines[-1].strip())
with open(report_name, 'rb') as f:
    raw = f.read()
print(len(raw), raw.count(b'\n'), raw.splitlines()[0])
for name in (data_name, report_name):
    os.remove(name)
print(os.path.exists(data_name), os.path.exists(report_name))
