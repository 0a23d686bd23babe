import copy
import json
from collections import ChainMap

DEFAULTS = """
{
  "app": {"name": "svc", "debug": false, "workers": 4, "tags": ["base"]},
  "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
  "features": {"beta": false, "search": true},
  "ratio": 0.5,
  "nothing": null
}
"""

ENV_OVERRIDES = """
{
  "app": {"debug": true, "tags": ["env"]},
  "db": {"pool": {"max": 20}, "password": "s3cr\\u00e9t"},
  "features": {"beta": true}
}
"""

USER_OVERRIDES = '{"app": {"workers": 8, "tags": {"$append": ["user", "extra"]}}, "db": {"host": "db.internal"}, "ratio": 1e-3, "features": {"search": {"$delete": true}}, "unicode": "\\u2603 snow"}'


class MergeError(Exception):
    pass


def deep_merge(base, override, path=()):
    result = copy.deepcopy(base)
    for key, value in override.items():
        here = path + (key,)
        if isinstance(value, dict) and "$delete" in value:
            result.pop(key, None)
        elif isinstance(value, dict) and "$append" in value:
            existing = result.get(key, [])
            if not isinstance(existing, list):
                raise MergeError(f"cannot append to non-list at {'.'.join(here)}")
            result[key] = existing + value["$append"]
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value, here)
        else:
            if key in result and result[key] is not None and value is not None \
                    and type(result[key]) is not type(value) \
                    and not (isinstance(result[key], (int, float)) and isinstance(value, (int, float))):
                raise MergeError(f"type conflict at {'.'.join(here)}: "
                                 f"{type(result[key]).__name__} vs {type(value).__name__}")
            result[key] = copy.deepcopy(value)
    return result


def flatten(d, prefix=""):
    for k, v in sorted(d.items()):
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v


def diff(a, b):
    fa, fb = dict(flatten(a)), dict(flatten(b))
    for key in sorted(fa.keys() | fb.keys()):
        if key not in fa:
            yield f"+ {key} = {json.dumps(fb[key])}"
        elif key not in fb:
            yield f"- {key}"
        elif fa[key] != fb[key]:
            yield f"~ {key}: {json.dumps(fa[key])} -> {json.dumps(fb[key])}"


def redact(obj):
    if isinstance(obj, dict):
        return {k: ("***" if "password" in k else redact(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact(x) for x in obj]
    return obj


layers = [json.loads(s) for s in (DEFAULTS, ENV_OVERRIDES, USER_OVERRIDES)]
merged = layers[0]
for layer in layers[1:]:
    merged = deep_merge(merged, layer)

print(json.dumps(redact(merged), indent=2, sort_keys=True))
print(json.dumps(merged["db"], ensure_ascii=False))
print(json.dumps(merged["db"]))
print("\n".join(diff(layers[0], merged)))

try:
    deep_merge(merged, {"db": {"port": "5432"}})
except MergeError as e:
    print("MergeError:", e)
try:
    deep_merge(merged, {"ratio": {"$append": [1]}})
except MergeError as e:
    print("MergeError:", e)

cm = ChainMap(*reversed([dict(flatten(l)) for l in layers]))
for key in ("app.workers", "app.debug", "db.pool.min", "db.pool.max", "missing"):
    print(f"{key:<12} -> {cm.get(key, '<unset>')}")
print(len(cm), sorted(cm)[:4])

compact = json.dumps(merged, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:60])
roundtrip = json.loads(compact)
print(roundtrip == merged, layers[0]["app"]["tags"])

for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "nan", '"unterminated'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>16}: {e.msg} (line {e.lineno} col {e.colno})")

print(json.dumps([1.0, 1e20, 3.14, -0.0, 10**20, True, None, "tab\there"]))
print(json.dumps({"b": [], "a": {}}, indent=4))
print(json.loads('[1, 2.5, "x", {"k": [null, true]}]', parse_float=lambda s: f"F({s})"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps({"p": Point(1, 2)}, default=lambda o: {"__point__": [o.x, o.y]}))
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)
