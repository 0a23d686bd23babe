# try/except/else/finally, tuples of types, as-binding, bare raise, builtin exception args/str/repr.
def attempt(fn):
    try:
        result = fn()
    except (KeyError, IndexError) as e:
        print("lookup error", type(e).__name__, e)
    except ZeroDivisionError:
        print("zero division")
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error", result)
    finally:
        print("finally")
attempt(lambda: {}["k"])
attempt(lambda: [][0])
attempt(lambda: 1 / 0)
attempt(lambda: int("x"))
attempt(lambda: "fine")
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling, re-raising")
        raise
except ValueError as e:
    print("re-raised:", e)
e_name_cleared = True
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError", ne)
for exc in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("key"), KeyError(), IndexError(3), OSError(2, "No such file"), StopIteration(5), SystemExit(3), Exception(None)):
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
print(StopIteration(5).value, SystemExit(3).code, KeyError("a") == KeyError("a"), isinstance(KeyError(), LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(FileNotFoundError, OSError))
print([c.__name__ for c in TypeError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
def nested():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled in function"
    finally:
        print("nested finally")
print(nested())
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs before outer except")
except ValueError as e:
    print("outer caught", e)
def raiser():
    raise RuntimeError("from function")
try:
    raiser()
except RuntimeError as e:
    print(e, e.__traceback__ is not None, type(e.__traceback__).__name__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
e = Exception("attrs")
e.extra = 5
print(e.extra, e.args, e.__cause__, e.__context__, e.__suppress_context__)
e.args = ("new",)
print(e, e.with_traceback(None) is e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def handler_scope():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            pass
        raise
try:
    handler_scope()
except ValueError:
    print("bare raise re-raises the outer exception")
except KeyError:
    print("wrong")
x = 0
try:
    x = 1
except:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
class E1(Exception): pass
class E2(E1): pass
for cls in (E1, E2, Exception):
    try:
        raise cls("c")
    except E2:
        print("E2 handler", cls.__name__)
    except E1:
        print("E1 handler", cls.__name__)
    except BaseException:
        print("base handler", cls.__name__)
try:
    try:
        1 / 0
    except (lambda: ZeroDivisionError)():
        print("dynamic except class")
except TypeError as e:
    print(e)
types = (ValueError, TypeError)
try:
    int(None)
except types as e:
    print("tuple variable", type(e).__name__, e)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError", e)
