# Printing a lone surrogate to standard output fails to encode it, as CPython's does;
# the text written before it still reaches the output.
import sys

print('before', ascii('\ud800'))
sys.stdout.write('plain\n')
try:
    sys.stdout.write('x\ud800')
except UnicodeEncodeError as e:
    print('caught', e.start, e.end, e.reason)
print('a', 'b\ud800c')
print('never')
