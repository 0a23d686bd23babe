"""Render service configs from INI defaults, environment-like overrides and templates."""
import configparser
import string
import re
import os
import io
import json
import shlex
import fnmatch
from pathlib import PurePosixPath
from collections import ChainMap
from operator import itemgetter

INI = """
[DEFAULT]
base_dir = /srv/${service}
log_level = info
workers = 2

[web]
service = web
port = 8080
workers = 4
command = gunicorn app:wsgi --workers ${workers} --bind 0.0.0.0:${port}
paths = ${base_dir}/static, ${base_dir}/media

[worker]
service = worker
queues = high,default,low
command = celery -A tasks worker -Q ${queues} --loglevel=${log_level}

[cron]
service = cron
schedule = */15 * * * *
command = python manage.py sync --since='1 hour ago'
"""

OVERRIDES = {"web.port": "9000", "worker.log_level": "debug", "cron.enabled": "no"}


class ServiceTemplate(string.Template):
    delimiter = "@"
    idpattern = r"[a-z][a-z0-9_]*"


UNIT = ServiceTemplate("""[Unit]
Description=@name service (@workers workers)

[Service]
WorkingDirectory=@base_dir
ExecStart=@command
Environment=LOG_LEVEL=@log_level
""")

parser = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
parser.read_string(INI)
for key, value in OVERRIDES.items():
    section, option = key.split(".", 1)
    parser.set(section, option, value)

print(parser.sections(), parser.defaults()["log_level"])
for name in parser.sections():
    sec = parser[name]
    print(f"== {name}: port={sec.get('port', 'n/a')} workers={sec.getint('workers')} "
          f"enabled={sec.getboolean('enabled', fallback=True)}")
    cmd = shlex.split(sec["command"])
    print("  argv:", cmd)
    print(textwrapped := "  " + UNIT.substitute(name=name, **{k: sec[k] for k in ("workers", "base_dir", "command", "log_level")}).replace("\n", "\n  ").rstrip())

paths = [PurePosixPath(p.strip()) for p in parser["web"]["paths"].split(",")]
print([str(p) for p in paths], [p.name for p in paths], paths[0].parent, paths[0].relative_to("/srv"), paths[1].with_suffix(".bak"))
print(PurePosixPath("/srv/web") / "static" / "css", PurePosixPath("a/b/../c").parts, PurePosixPath("x.tar.gz").suffixes)

files = ["app.py", "tests/test_app.py", "static/site.css", "static/logo.PNG", "README.md", "setup.cfg"]
for pattern in ("*.py", "static/*", "*.[Pp][Nn][Gg]", "[!s]*"):
    print(pattern, fnmatch.filter(files, pattern), fnmatch.fnmatchcase("logo.PNG", pattern))

layered = ChainMap({"debug": "1"}, dict(parser["worker"]), {"timeout": "30"})
print(sorted(layered.items(), key=itemgetter(0))[:5], layered["timeout"], "queues" in layered)
try:
    ServiceTemplate("@missing").substitute({})
except KeyError as e:
    print("KeyError:", e)
print(ServiceTemplate("@a and @@ and @{b}").safe_substitute(a=1), string.Template("${x}y$x").substitute(x="X"))
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(ServiceTemplate.pattern.pattern.count("@") >= 1, sorted(string.Template("$a ${b} $$ $c").get_identifiers()))

bad = configparser.ConfigParser()
for text in ("[a]\nx=1\n[a]\n", "no section\n", "[s]\nkey\n"):
    try:
        bad.read_string(text)
    except configparser.Error as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    parser["web"]["broken"] = "${nope}"
    parser["web"]["broken"]
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", e.option, e.reference)
out = io.StringIO()
parser.remove_option("web", "broken")
parser.write(out)
print(out.getvalue().splitlines()[:8])
print(json.dumps({s: dict(parser.items(s, raw=True)) for s in ["cron"]}, indent=1, sort_keys=True))
env = {"HOME": "/home/ada", "PROJECT": "minidemo"}
print(re.sub(r"\$(\w+)|\$\{(\w+)\}", lambda m: env.get(m.group(1) or m.group(2), m.group(0)), "$HOME/src/${PROJECT}/$UNSET"))
print(os.path.expandvars("$NO_SUCH_VAR_123/x"), os.path.join("/srv", "web", "..", "cron"), os.path.normpath("/srv/web/../cron"))
