# global/nonlocal declarations, class scopes, builtins shadowing, del of names.
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound"
print(read_global()); write_global(); print(x)
def new_global():
    global fresh
    fresh = 42
new_global(); print(fresh)
def outer():
    y = 1
    def mid():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
    mid()
    return y
print(outer())
class K:
    a = 1
    b = a + 1
    lst = [a for _ in range(2)] if False else [1, 1]
    def m(self):
        return a_global_name
    def uses_class_name(self):
        return K.a
a_global_name = "found global"
print(K.b, K.lst, K().m(), K().uses_class_name())
z = "module z"
class Scope:
    z = "class z"
    def method(self):
        return z
    w = z
print(Scope().method(), Scope.w)
def shadow_builtin():
    len = lambda s: "mine"
    return len("abc")
print(shadow_builtin(), len("abc"))
print_ref = print
def use_builtin():
    return max([3, 1])
print(use_builtin())
import builtins
print(builtins.len("ab"), builtins.max is max)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_local())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def nested_global():
    def inner():
        global gz
        gz = "set from inner"
    inner()
nested_global(); print(gz)
def make():
    val = 1
    class Inner:
        v = val
        def get(self):
            return val
    val = 2
    return Inner.v, Inner().get()
print(make())
def class_nonlocal():
    n = 0
    class C:
        def bump(self):
            nonlocal n
            n += 1
            return n
    c = C()
    c.bump(); c.bump()
    return n
print(class_nonlocal())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    a, b = 1, 2
    return sorted(locals().items())
print(loc())
class Meta:
    x = 10
    y = [x * i for i in range(1)] if False else None
    def f(self, x=x):
        return x
print(Meta().f())
try:
    del undefined_thing
except NameError as e:
    print("NameError", e)
