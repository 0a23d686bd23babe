# Importing helper modules next to the script: caching, __name__, from-imports, attributes.
import mod_helper
import mod_helper as mh
from mod_helper import greet, VALUE as V
print(mod_helper.greet("world"), mh is mod_helper, greet is mod_helper.greet, V)
print(mod_helper.__name__, __name__, mod_helper.counter())
import mod_helper
print(mod_helper.load_count, mod_helper.counter())
import sys
print("mod_helper" in sys.modules, sys.modules["mod_helper"] is mod_helper, sys.modules[__name__].__name__)
mod_helper.VALUE = 99
from mod_helper import VALUE
print(VALUE, mh.VALUE)
from mod_helper import *
print(public_name, "_private" in dir(), helper_class().kind())
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from mod_helper import missing_name
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], e.name)
import mod_pkg_user
print(mod_pkg_user.combined())
if __name__ == "__main__":
    print("running as main")
print(type(mod_helper).__name__, hasattr(mod_helper, "greet"), mod_helper.__doc__)
import math, time
print(math.sqrt(16), math.pi > 3, math.floor(2.7), type(time.time()).__name__)
