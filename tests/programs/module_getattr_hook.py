# PEP 562: a module's own __getattr__ answers for names it lacks.
import sys
import types

m = types.ModuleType('lazy_mod')
exec("""
def __getattr__(name):
    if name.startswith('lazy_'):
        return name.upper()
    raise AttributeError(f"module 'lazy_mod' has no attribute '{name}'")
present = 1
""", m.__dict__)
sys.modules['lazy_mod'] = m
import lazy_mod
print(lazy_mod.present, lazy_mod.lazy_thing)
print(getattr(lazy_mod, 'lazy_other', None), getattr(lazy_mod, 'nothing', 'default'))
try:
    lazy_mod.missing
except AttributeError as e:
    print('AttributeError:', e)
from lazy_mod import lazy_imported
print(lazy_imported)
