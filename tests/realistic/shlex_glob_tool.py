"""A tiny 'find'/'grep' tool: commands parsed with shlex, files matched with fnmatch, glob and pathlib."""
import fnmatch
import glob
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path, PurePosixPath

LAYOUT = {
    "src/app/__init__.py": "",
    "src/app/main.py": "import sys\n# TODO: parse args\nprint('hi')\n",
    "src/app/util.py": "def helper():\n    return 42  # TODO tidy\n",
    "src/app/data/config.json": '{"debug": true}\n',
    "docs/index.md": "# Title\nSee [main](../src/app/main.py)\n",
    "docs/notes.txt": "todo: write docs\nTODO later\n",
    "build/app.o": "\x00\x01",
    "README.md": "# Project\n",
    ".hidden/secret.py": "x = 1\n",
}


def make_tree(root):
    for rel, text in LAYOUT.items():
        p = Path(root, rel)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def cmd_find(root, args):
    patterns = [a for a in args if not a.startswith("-")]
    skip_hidden = "--all" not in args
    hits = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if skip_hidden:
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in sorted(filenames):
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            if not patterns or any(fnmatch.fnmatch(name, p) for p in patterns):
                hits.append(rel)
    return hits


def cmd_grep(root, args):
    ignore_case = "-i" in args
    words = [a for a in args if a != "-i"]
    needle, pattern = words[0], words[1] if len(words) > 1 else "*"
    out = []
    for path in sorted(Path(root).rglob(pattern)):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            continue
        for n, line in enumerate(lines, 1):
            hay = line.lower() if ignore_case else line
            if (needle.lower() if ignore_case else needle) in hay:
                out.append(f"{path.relative_to(root).as_posix()}:{n}: {line.strip()}")
    return out


def cmd_du(root, args):
    sizes = {}
    for p in Path(root).glob("*"):
        if p.is_dir():
            sizes[p.name + "/"] = sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
        else:
            sizes[p.name] = p.stat().st_size
    return [f"{size:>6}  {name}" for name, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))]


def cmd_mv(root, args):
    src, dst = (Path(root, a) for a in args)
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(src, dst)
    return [f"moved {src.relative_to(root)} -> {dst.relative_to(root)}"]


COMMANDS = {"find": cmd_find, "grep": cmd_grep, "du": cmd_du, "mv": cmd_mv}

SCRIPT = r'''
find *.py
find "*.md" --all
grep TODO
grep -i 'todo' "*.txt"
du
mv "docs/notes.txt" 'archive/old notes.txt'
find *notes*
grep -i "ARCHIVE"
bogus command
grep "unterminated
'''

with tempfile.TemporaryDirectory() as root:
    make_tree(root)
    for line in SCRIPT.strip().splitlines():
        try:
            argv = shlex.split(line, comments=True)
        except ValueError as exc:
            print(f"$ {line}\n  parse error: {exc}")
            continue
        print("$", shlex.join(argv))
        handler = COMMANDS.get(argv[0])
        if handler is None:
            print(f"  unknown command {argv[0]!r}; try one of {', '.join(sorted(COMMANDS))}")
            continue
        for row in handler(root, argv[1:]) or ["  (nothing)"]:
            print("  " + row)
    print(sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*.py"), recursive=True)))
    print(sorted(glob.glob("*.md", root_dir=root)), glob.escape("a[1]?.txt"))
    print(fnmatch.filter(["a.py", "B.PY", "c.txt", "d.pyc"], "*.py"), fnmatch.fnmatchcase("X.PY", "*.py"))
    print(fnmatch.translate("data_[0-9]?.csv"))
print(shlex.quote("it's here"), shlex.quote("safe-name_1.txt"), shlex.quote(""))
lex = shlex.shlex("a=1; b='two words' # comment", posix=True, punctuation_chars=True)
print(list(lex))
print(PurePosixPath("/srv/www/site/index.html").relative_to("/srv"), PurePosixPath("a/b/c.tar.gz").suffixes,
      PurePosixPath("a/b/c.tar.gz").with_suffix(".zip"), PurePosixPath("docs").joinpath("x", "..", "y"))
