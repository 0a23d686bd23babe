import sys, types
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.hash_info.modulus, sys.hash_info.inf, sys.int_info.bits_per_digit)
print(sys.version_info, sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(sys.flags.optimize, sys.flags.dev_mode, sys.maxunicode, sys.hexversion >= 0x30b0000)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
m = types.ModuleType('m', 'doc'); print(m, m.__doc__, sorted(m.__dict__))
m.x = 5; print(m.x)
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(3)
except TypeError as e: print(e)
class C:
    def f(self): return 'f', self
def g(self): return 'g', self
mt = types.MethodType(g, 7); print(mt(), mt.__self__, mt.__func__ is g)
try: types.MethodType(3, 4)
except TypeError as e: print(e)
print(type(None)())
try: type(None)(1)
except TypeError as e: print(e)
print(type.__prepare__('X', ()))
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
print(A.__dict__['p'].__isabstractmethod__, property(len).__isabstractmethod__)
