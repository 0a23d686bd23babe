"""An INI-ish config loader tested with mock_open, patch and patch.dict."""
import os
from unittest import mock
from unittest.mock import mock_open, patch, call


DEFAULTS = {"host": "localhost", "port": "8080", "debug": "no"}


def load_config(path):
    settings = dict(DEFAULTS)
    section = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip()
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise ValueError(f"{path}:{lineno}: expected key = value, got {raw.strip()!r}")
            key = key.strip().lower()
            if section:
                key = f"{section}.{key}"
            settings[key] = value.strip()
    for name, value in os.environ.items():
        if name.startswith("APP_"):
            settings[name[4:].lower()] = value
    return settings


def save_config(path, settings):
    with open(path, "w", encoding="utf-8") as fh:
        for key in sorted(settings):
            fh.write(f"{key} = {settings[key]}\n")


SAMPLE = """\
# sample
host = example.org
port=9000   # inline comment

[db]
user = admin
Password = s3cret
"""

m = mock_open(read_data=SAMPLE)
with patch("builtins.open", m), patch.dict(os.environ, {"APP_DEBUG": "yes", "OTHER": "x"}):
    cfg = load_config("app.ini")
for key, value in sorted(cfg.items()):
    print(f"{key:<12} = {value}")
m.assert_called_once_with("app.ini", encoding="utf-8")
print("APP_DEBUG" in os.environ)

bad = mock_open(read_data="ok = 1\nnot a pair\n")
with patch("builtins.open", bad):
    try:
        load_config("broken.ini")
    except ValueError as exc:
        print("error:", exc)

out = mock_open()
with patch("builtins.open", out):
    save_config("out.ini", {"b": 2, "a": 1, "c": "three"})
handle = out()
print(handle.write.call_count)
print(handle.write.call_args_list)
handle.write.assert_has_calls([call("a = 1\n"), call("b = 2\n")])
print([c.args[0] for c in handle.write.mock_calls])
print(out.mock_calls[:2])

r = mock_open(read_data="alpha\nbeta\ngamma")
with patch("builtins.open", r):
    with open("x") as fh:
        print(repr(fh.read(3)), repr(fh.readline()), fh.readlines())
    with open("x") as fh:
        print(list(fh))

with patch.dict("os.environ", clear=True):
    os.environ["ONLY"] = "1"
    print(sorted(os.environ))
print("ONLY" in os.environ)

@patch.dict(DEFAULTS, port="1")
def show():
    return DEFAULTS["port"]
print(show(), DEFAULTS["port"])
