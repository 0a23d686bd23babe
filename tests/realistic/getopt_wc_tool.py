"""A wc/grep/sort-like text tool driven by getopt, run over files it writes to a temp dir."""
import getopt
import io
import os
import re
import sys
import tempfile
from contextlib import redirect_stdout, redirect_stderr

USAGE = """usage: txt [-c|-w|-l] [-n] [-i] [-e PATTERN]... [--sort=KEY] [--top N] [--] FILE...
  -c, --chars        count characters
  -w, --words        count words
  -l, --lines        count lines
  -e, --regexp PAT   keep lines matching PAT (repeatable)
  -i, --ignore-case  case-insensitive matching
  -n, --number       number output lines
      --sort=KEY     name | count (default: name)
      --top N        show only the N largest counts"""


class UsageError(Exception):
    pass


def parse(argv):
    try:
        opts, files = getopt.gnu_getopt(argv, "cwle:inh", ["chars", "words", "lines", "regexp=", "ignore-case",
                                                           "number", "sort=", "top=", "help"])
    except getopt.GetoptError as e:
        raise UsageError(f"{e.msg} (option {e.opt!r})") from e
    cfg = {"mode": "lines", "patterns": [], "flags": 0, "number": False, "sort": "name", "top": None}
    for opt, val in opts:
        if opt in ("-c", "--chars"):
            cfg["mode"] = "chars"
        elif opt in ("-w", "--words"):
            cfg["mode"] = "words"
        elif opt in ("-l", "--lines"):
            cfg["mode"] = "lines"
        elif opt in ("-e", "--regexp"):
            cfg["patterns"].append(val)
        elif opt in ("-i", "--ignore-case"):
            cfg["flags"] |= re.IGNORECASE
        elif opt in ("-n", "--number"):
            cfg["number"] = True
        elif opt == "--sort":
            if val not in ("name", "count"):
                raise UsageError(f"bad sort key {val!r}")
            cfg["sort"] = val
        elif opt == "--top":
            if not val.isdigit():
                raise UsageError(f"--top needs a number, not {val!r}")
            cfg["top"] = int(val)
        elif opt in ("-h", "--help"):
            print(USAGE)
            raise SystemExit(0)
    if not files:
        raise UsageError("no input files")
    return cfg, files


def measure(text, mode):
    if mode == "chars":
        return len(text)
    if mode == "words":
        return len(text.split())
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def main(argv):
    try:
        cfg, files = parse(argv)
    except UsageError as e:
        print(f"txt: {e}", file=sys.stderr)
        print("Try 'txt --help'.", file=sys.stderr)
        return 2
    regexes = [re.compile(p, cfg["flags"]) for p in cfg["patterns"]]
    results = []
    status = 0
    for name in files:
        try:
            with open(name, encoding="utf-8") as fh:
                lines = fh.readlines()
        except FileNotFoundError as e:
            print(f"txt: {e.filename}: {e.strerror}", file=sys.stderr)
            status = 1
            continue
        except UnicodeDecodeError as e:
            print(f"txt: {name}: not UTF-8 ({e.reason} at byte {e.start})", file=sys.stderr)
            status = 1
            continue
        if regexes:
            lines = [ln for ln in lines if any(r.search(ln) for r in regexes)]
        results.append((os.path.basename(name), measure("".join(lines), cfg["mode"]), lines))
    key = (lambda r: r[0]) if cfg["sort"] == "name" else (lambda r: (-r[1], r[0]))
    results.sort(key=key)
    if cfg["top"] is not None:
        results = results[:cfg["top"]]
    width = max((len(str(r[1])) for r in results), default=1)
    for i, (name, n, lines) in enumerate(results, 1):
        prefix = f"{i:>3}. " if cfg["number"] else ""
        print(f"{prefix}{n:>{width}} {cfg['mode']:<5} {name}")
        if regexes:
            for ln in lines:
                print(f"{'':>{len(prefix) + width}}   | {ln.rstrip()}")
    if len(results) > 1:
        print(f"{'':>{len(prefix) if cfg['number'] else 0}}{sum(r[1] for r in results):>{width}} total")
    return status


FILES = {
    "poem.txt": "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.\n",
    "todo.md": "- [ ] write tests\n- [x] fix bug #12\n- [ ] Release v2\nTODO: docs",
    "empty.txt": "",
    "unicode.txt": "naïve café\nΣίσυφος\n日本語のテキスト\n",
    "binary.dat": b"\xff\xfe\x00bad".decode("latin-1"),
}

with tempfile.TemporaryDirectory() as tmp:
    for name, text in FILES.items():
        enc = "latin-1" if name.endswith(".dat") else "utf-8"
        with open(os.path.join(tmp, name), "w", encoding=enc, newline="") as fh:
            fh.write(text)
    paths = sorted(os.path.join(tmp, n) for n in FILES if not n.endswith(".dat"))
    runs = [
        ["-w"] + paths,
        ["-c", "--sort=count", "-n"] + paths,
        ["-e", "are", "-e", "^-", "-i"] + paths,
        ["--top", "2", "--sort", "count", "-l"] + paths,
        ["-l", os.path.join(tmp, "missing.txt"), os.path.join(tmp, "binary.dat"), paths[0]],
        ["--sort=size"] + paths,
        ["-x"],
        ["--top"],
        ["--regexp"],
        [],
        ["--he"],
        ["--", "-w"],
    ]
    for argv in runs:
        shown = [a.replace(tmp, "$TMP") for a in argv]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as e:
                code = e.code
        print("$ txt", " ".join(shown), f"-> exit {code}")
        for line in (out.getvalue() + err.getvalue().replace(tmp, "$TMP")).splitlines():
            print("   ", line)

print(getopt.getopt(["-a", "1", "-bc", "x", "y", "-d"], "a:bc"))
print(getopt.gnu_getopt(["x", "-a1", "y", "--long=2", "--", "-b"], "a:b", ["long="]))
print(getopt.getopt(["--verb"], "", ["verbose", "version"]) if False else "ambiguous check")
for args, longs in ((["--verb"], ["verbose", "version"]), (["--colour"], ["color="]), (["--flag=1"], ["flag"]), (["-q"], [])):
    try:
        getopt.getopt(args, "", longs)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "| opt:", repr(e.opt))
