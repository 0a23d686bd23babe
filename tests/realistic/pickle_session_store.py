"""A tiny persistent session store: objects pickled into an in-memory
"disk" with custom __getstate__/__setstate__, copyreg reducers, versioned
records and a corruption check."""
import copyreg
import hashlib
import io
import pickle
from dataclasses import dataclass, field
from datetime import datetime, timedelta


class Secret:
    """Never pickled in clear: stored reversed with a marker."""
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Secret(***)"


def reduce_secret(s):
    return (unreveal, (s.value[::-1],))


def unreveal(stored):
    return Secret(stored[::-1])


copyreg.pickle(Secret, reduce_secret)


@dataclass
class Session:
    user: str
    created: datetime
    items: list = field(default_factory=list)
    token: Secret = None
    _cache: dict = field(default_factory=dict, repr=False)
    VERSION = 2

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_cache")
        state["version"] = self.VERSION
        return state

    def __setstate__(self, state):
        version = state.pop("version", 1)
        if version < 2:
            state.setdefault("token", None)
            state["items"] = [i.lower() for i in state["items"]]
        self.__dict__.update(state)
        self._cache = {"restored": True}

    def expired(self, now, ttl=timedelta(hours=1)):
        return now - self.created > ttl


class Store:
    def __init__(self):
        self.disk = {}

    def save(self, key, obj, protocol=pickle.HIGHEST_PROTOCOL):
        blob = pickle.dumps(obj, protocol=protocol)
        self.disk[key] = hashlib.sha256(blob).hexdigest()[:16].encode() + b":" + blob

    def load(self, key):
        raw = self.disk[key]
        digest, _, blob = raw.partition(b":")
        if hashlib.sha256(blob).hexdigest()[:16].encode() != digest:
            raise ValueError(f"record {key!r} is corrupt")
        return pickle.loads(blob)


class RestrictedUnpickler(pickle.Unpickler):
    ALLOWED = {("builtins", "list"), ("builtins", "dict")}

    def find_class(self, module, name):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
        return super().find_class(module, name)


if __name__ == "__main__":
    t0 = datetime(2024, 1, 2, 9, 30)
    s = Session("ada", t0, ["Tea", "Cake"], Secret("hunter2"))
    s._cache["x"] = 1
    store = Store()
    store.save("ada", s)
    back = store.load("ada")
    print(back, back._cache, back.token.value, back == s)
    print(back.expired(t0 + timedelta(minutes=59)), back.expired(t0 + timedelta(hours=2)))
    old_state = {"user": "bob", "created": t0, "items": ["A", "B"], "version": 1}
    legacy = Session.__new__(Session)
    legacy.__setstate__(old_state)
    print(legacy)
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        blob = pickle.dumps([1, "two", (3.0, None), {"k": b"v"}], protocol=proto)
        print(proto, len(blob), pickle.loads(blob))
    store.disk["ada"] = store.disk["ada"][:-3] + b"xyz"
    try:
        store.load("ada")
    except ValueError as e:
        print("ValueError:", e)
    safe = pickle.dumps([{"a": 1}, [2, 3]])
    print(RestrictedUnpickler(io.BytesIO(safe)).load())
    try:
        RestrictedUnpickler(io.BytesIO(pickle.dumps(s))).load()
    except pickle.UnpicklingError as e:
        print("UnpicklingError:", e)
    print(pickle.dumps((1, "a"), protocol=2), pickle.dumps(None, protocol=0))
    try:
        pickle.dumps(lambda: 0)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
