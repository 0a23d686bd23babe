"""Load a JSON configuration, validate it against a schema, merge defaults."""
import json
from copy import deepcopy

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "tls": False, "workers": 2},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {},
}

SCHEMA = {
    "server": {"host": str, "port": int, "tls": bool, "workers": int},
    "logging": {"level": str, "handlers": list},
    "features": dict,
}

CONFIGS = [
    '{"server": {"port": 9000, "workers": 8}, "features": {"beta": true, "ratio": 0.25}}',
    '{"server": {"port": "eighty"}}',
    '{"logging": {"level": "LOUD"}, "extra": 1}',
    '{"server": {"host": "0.0.0.0", "tls": true}, "logging": {"handlers": ["file", "console"]}}',
    '{"server": {"port": 80,}}',
    '[1, 2, 3]',
    '{"features": {"name": "caf\\u00e9 \\ud83d\\ude00", "nested": {"a": [1, 2.5e3, null]}}}',
]


class ConfigError(Exception):
    pass


def deep_merge(base, override):
    out = deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def validate(cfg, schema, path=""):
    problems = []
    for key, value in cfg.items():
        where = f"{path}.{key}" if path else key
        if key not in schema:
            problems.append(f"{where}: unknown key")
            continue
        expected = schema[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                problems.append(f"{where}: expected object, got {type(value).__name__}")
            else:
                problems.extend(validate(value, expected, where))
        elif expected is int and isinstance(value, bool):
            problems.append(f"{where}: expected int, got bool")
        elif not isinstance(value, expected):
            problems.append(f"{where}: expected {expected.__name__}, got {type(value).__name__} {value!r}")
    if path == "logging" and cfg.get("level") not in (None, "DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append(f"logging.level: bad level {cfg['level']!r}")
    return problems


def load(text):
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"invalid JSON: {e.msg} (line {e.lineno} col {e.colno})") from e
    if not isinstance(raw, dict):
        raise ConfigError(f"top level must be an object, not {type(raw).__name__}")
    cfg = deep_merge(DEFAULTS, raw)
    problems = validate(cfg, SCHEMA)
    if problems:
        raise ConfigError("; ".join(problems))
    return cfg


for i, text in enumerate(CONFIGS, 1):
    try:
        cfg = load(text)
    except ConfigError as e:
        print(f"config {i}: ERROR {e}")
        if e.__cause__ is not None:
            print(f"   caused by {type(e.__cause__).__name__}: {e.__cause__}")
    else:
        print(f"config {i}: ok")
        print(json.dumps(cfg, indent=2, sort_keys=True))

print(json.dumps({"a": [1, {"b": None}], "c": "é"}, ensure_ascii=False))
print(json.dumps({"a": [1, {"b": None}], "c": "é"}))
print(json.dumps([1.0, 1e100, -0.0, 3.14, 10**20], separators=(",", ":")))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
print(json.loads('{"x": 1, "x": 2}'), json.loads("[]"), json.loads('"\\n\\t"'))
print(json.dumps("tab\there\u2028", ))
print(json.dumps({"k": (1, 2)}, indent="\t"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.loads("[1.5, 2]", parse_float=str), json.loads("NaN") != json.loads("NaN"))
print(json.dumps(float("inf")), json.loads('{"a": {"b": {}}}', object_hook=lambda d: len(d)))
try:
    json.loads('{"a" 1}')
except ValueError as e:
    print(type(e).__name__, e, e.pos)
