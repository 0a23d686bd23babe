# str % x formats first unless x's type derives from str (then its __rmod__ goes first).
class U:
    def __rmod__(self, o): return 'rmod'
    def __str__(self): return 'U!'
print('%s' % U())
class S(str):
    def __rmod__(self, o): return 'srmod'
print('%s' % S('x'))
from collections import UserString
print('<%s>' % UserString('ab'))
