"""Create a scratch directory tree, then scan, summarize and reorganize it."""
import os
import shutil
import tempfile
from pathlib import Path
from collections import defaultdict
import fnmatch
import glob
import json

FILES = {
    "docs/readme.md": "# Project\n\nSome *notes* here.\n",
    "docs/guide.txt": "step one\nstep two\nstep three\n",
    "src/main.py": "print('hi')\n" * 3,
    "src/util/helpers.py": "def f():\n    return 1\n",
    "src/util/__init__.py": "",
    "data/records.csv": "id,name\n1,a\n2,b\n3,c\n",
    "data/config.json": json.dumps({"debug": True, "level": 3}),
    "build/output.bin": "\x00" * 64,
    "notes.TXT": "upper-case extension\n",
}

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "project"
    for rel, content in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()))

    sizes = defaultdict(int)
    counts = defaultdict(int)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        depth = 0 if rel == "." else rel.count(os.sep) + 1
        print("  " * depth + (os.path.basename(dirpath) + "/"))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            size = os.path.getsize(full)
            ext = os.path.splitext(name)[1].lower() or "(none)"
            sizes[ext] += size
            counts[ext] += 1
            print("  " * (depth + 1) + f"{name} ({size} B)")
    for ext in sorted(sizes, key=lambda e: (-sizes[e], e)):
        print(f"{ext:>8}: {counts[ext]} file(s), {sizes[ext]:5d} bytes")

    py_files = sorted(Path(p).name for p in glob.glob(str(root / "**" / "*.py"), recursive=True))
    print("python files:", py_files)
    print("txt (case-insensitive):", sorted(n for n in os.listdir(root) + os.listdir(root / "docs") if fnmatch.fnmatch(n.lower(), "*.txt")))
    cfg = json.loads((root / "data" / "config.json").read_text())
    print("config:", cfg)
    with open(root / "data" / "records.csv") as fh:
        header = fh.readline().strip().split(",")
        rows = [dict(zip(header, line.strip().split(","))) for line in fh]
    print(rows)

    archive = root / "archive"
    archive.mkdir()
    for p in sorted(root.glob("docs/*")):
        target = archive / p.suffix.lstrip(".") / p.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(p), str(target))
    print(sorted(str(p.relative_to(root)) for p in archive.rglob("*")))
    print("docs empty:", list((root / "docs").iterdir()) == [])
    shutil.copytree(root / "src", root / "src_backup")
    print(sorted(p.name for p in (root / "src_backup").rglob("*.py")))
    shutil.rmtree(root / "build")
    print("build exists:", (root / "build").exists(), os.path.isdir(root / "src"))
    p = root / "src" / "main.py"
    print(p.name, p.stem, p.suffix, p.parent.name, p.with_suffix(".txt").name, p.parts[-3:])
    with p.open("a") as fh:
        fh.write("# appended\n")
    print(p.read_text().splitlines()[-2:], p.stat().st_size)
    (root / "notes.TXT").rename(root / "notes.txt")
    print(sorted(os.listdir(root)))
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, Path(e.filename).name)
    try:
        os.mkdir(root / "src")
    except FileExistsError as e:
        print("FileExistsError:", e.errno)
    print(os.path.join("a", "b", "../c"), os.path.normpath("a/b/../c/./d"), os.path.commonprefix(["/x/abc", "/x/abd"]))
    print(Path("a/b/c.tar.gz").suffixes, Path("/usr/local/bin").relative_to("/usr"), Path("x") / "y" / "z.py")
    print(PurePath := __import__("pathlib").PurePosixPath("/etc/hosts"), PurePath.match("*.d") if False else PurePath.match("/etc/*"))
print("cleaned up:", not root.exists())
