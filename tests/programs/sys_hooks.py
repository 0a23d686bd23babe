import sys
print(sys.warnoptions, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names), "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(isinstance(sys.prefix, str), sys.prefix == sys.exec_prefix == sys.base_prefix)
print(type(sys.orig_argv).__name__, sys.orig_argv[-1].endswith(".py"))
print(sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__, callable(sys.excepthook))
class C:
    def __del__(self):
        raise ValueError("in del")
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value)
sys.unraisablehook = hook
c = C()
del c
sys.unraisablehook = sys.__unraisablehook__
def myhook(t, v, tb):
    print("hooked:", t.__name__, v, tb.tb_lineno if tb else None, file=sys.stdout)
sys.excepthook = myhook
print("before")
raise KeyError("boom")
