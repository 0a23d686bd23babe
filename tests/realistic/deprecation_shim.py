"""A library keeps old APIs alive through a deprecation shim built on warnings."""
import functools
import warnings


class ConfigDeprecationWarning(DeprecationWarning):
    pass


def deprecated(replacement, since):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__}() is deprecated since {since}; use {replacement}() instead",
                          ConfigDeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        wrapper.__deprecated__ = True
        return wrapper
    return decorate


def renamed_kwargs(**mapping):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for old, new in mapping.items():
                if old in kwargs:
                    warnings.warn(f"argument {old!r} was renamed to {new!r}", FutureWarning, stacklevel=2)
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)
        return wrapper
    return decorate


class Settings:
    def __init__(self):
        self._values = {"timeout": 30, "retries": 3}

    def get_value(self, key, default=None):
        return self._values.get(key, default)

    @deprecated("get_value", "2.0")
    def fetch(self, key):
        return self.get_value(key)

    @renamed_kwargs(secs="timeout")
    def configure(self, timeout=None, retries=None):
        if timeout is not None:
            self._values["timeout"] = timeout
        if retries is not None:
            self._values["retries"] = retries
        return dict(self._values)


def describe(w):
    return f"{w.category.__name__}: {w.message} (line offset {w.lineno > 0})"


s = Settings()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(s.fetch("timeout"))
    print(s.configure(secs=10))
    print(s.configure(retries=5))
    for _ in range(2):
        s.fetch("retries")
print(len(caught))
for w in caught:
    print(describe(w))
print(all(w.filename == __file__ for w in caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        s.fetch("timeout")
    warnings.warn("plain user warning")
    warnings.warn("plain user warning")
print([w.category.__name__ for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", ConfigDeprecationWarning)
    try:
        s.fetch("timeout")
    except ConfigDeprecationWarning as e:
        print("raised:", e)
    warnings.filterwarnings("ignore", message="argument .* was renamed")
    print(s.configure(secs=99))

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=FutureWarning)
    s.fetch("x")
    s.configure(secs=1)
    warnings.warn("resource note", ResourceWarning)
print([str(w.message) for w in caught])
print(issubclass(ConfigDeprecationWarning, Warning), Settings.fetch.__name__, Settings.fetch.__deprecated__)
msg = warnings.formatwarning("sample", UserWarning, "lib.py", 42)
print(repr(msg))
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
