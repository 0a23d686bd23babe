# A decimal literal longer than the int digit limit is a SyntaxError at compile time.
import sys
big = '1' * 5000
for src in ['x = ' + big, 'print(1)\ny = (2,\n   ' + big + ')\n', 'x = 1_' + '1' * 4300, 'x = ' + '1' * 4300, 'x = 0x' + big, 'x = ' + big + '.0', '# ' + big, 's = "' + big + '"']:
    try:
        code = compile(src, 'lit', 'exec')
        print('ok', len(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
sys.set_int_max_str_digits(6000)
print(len(str(eval(big))))
sys.set_int_max_str_digits(0)
print(len(str(eval('1' * 10000))))
