# warnings: a warning about an object shows where tracemalloc saw it allocated, or
# asks for tracemalloc when it is not tracing.
import os
import sys
import tracemalloc
import warnings


class Stripped:
    # Shows warnings on stdout, without the directory CPython puts in the script's name.
    prefix = os.path.dirname(os.path.abspath(__file__)) + '/'

    def write(self, text):
        sys.stdout.write(text.replace(self.prefix, ''))

    def flush(self):
        pass


sys.stderr = Stripped()
warnings.simplefilter('always')
tracemalloc.start(3)


def make():
    return bytearray(100000)


obj = make()
warnings.warn('tracked', ResourceWarning, source=obj)
tracemalloc.stop()
warnings.warn('untracked', ResourceWarning, source=obj)
print(warnings.formatwarning('formatted', UserWarning, 'nowhere.py', 1).rstrip())
sys.stderr = sys.__stderr__
