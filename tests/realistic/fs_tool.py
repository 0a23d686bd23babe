"""Small file-tree utility: builds a sandbox, then lists, finds, copies and archives."""
import fnmatch
import glob
import os
import shutil
import sys
import tempfile
from pathlib import Path, PurePosixPath

LAYOUT = {
    "src/app/__init__.py": "",
    "src/app/core.py": "def run():\n    return 42\n" * 3,
    "src/app/util.py": "import os\n",
    "src/tests/test_core.py": "from app import core\n",
    "docs/index.md": "# Title\n\nSome text.\n",
    "docs/img/logo.png": "PNG" * 10,
    "README.txt": "readme\n",
    ".hidden/secret.txt": "shh",
    "build/out.o": "\0" * 64,
}


def make_tree(root):
    for rel, body in LAYOUT.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body)


def tree(root, prefix=""):
    entries = sorted(root.iterdir(), key=lambda p: (p.is_file(), p.name.lower()))
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        branch = "└── " if last else "├── "
        size = f" ({entry.stat().st_size} B)" if entry.is_file() else "/"
        print(prefix + branch + entry.name + size)
        if entry.is_dir():
            tree(entry, prefix + ("    " if last else "│   "))


def main():
    with tempfile.TemporaryDirectory(prefix="fstool-") as tmp:
        root = Path(tmp)
        make_tree(root)
        print(root.name.startswith("fstool-"), root.is_dir())
        tree(root)

        print("-- os.walk (pruning hidden and build) --")
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "build")
            rel = os.path.relpath(dirpath, root)
            print(f"{rel:<12} dirs={dirnames} files={sorted(filenames)}")

        print("-- glob --")
        os.chdir(root)
        print(sorted(glob.glob("**/*.py", recursive=True)))
        print(sorted(glob.glob("*")))
        print(sorted(glob.glob(".*")))
        print(sorted(glob.glob("src/*/")))
        print(sorted(glob.glob("docs/**", recursive=True)))
        print(sorted(glob.glob("src/app/[cu]*.py")))
        print(glob.escape("what[is]this?.txt"))

        print("-- fnmatch --")
        names = [p.name for p in root.rglob("*") if p.is_file()]
        print(sorted(fnmatch.filter(names, "*.py")))
        print(fnmatch.fnmatch("Core.PY", "*.py"), fnmatch.fnmatchcase("Core.PY", "*.py"))
        print(fnmatch.translate("*.[ch]"))
        print([n for n in sorted(names) if fnmatch.fnmatch(n, "[!_]*.??")])

        print("-- pathlib --")
        core = root / "src" / "app" / "core.py"
        print(core.relative_to(root), core.suffix, core.stem, core.parent.name)
        print(core.with_suffix(".pyc").name, core.with_name("x.txt").relative_to(root))
        print(len(core.read_text().splitlines()), core.exists(), (root / "nope").exists())
        print(sorted(str(p.relative_to(root)) for p in root.glob("src/**/*.py")))
        print(PurePosixPath("/a/b/../c.tar.gz").suffixes, PurePosixPath("a/b").parts)
        print(PurePosixPath("/usr/lib").joinpath("x", "y"), PurePosixPath("a").is_absolute())

        print("-- shutil --")
        shutil.copytree(root / "src", root / "backup", ignore=shutil.ignore_patterns("test_*"))
        print(sorted(str(p.relative_to(root)) for p in (root / "backup").rglob("*")))
        shutil.copy(root / "README.txt", root / "docs")
        shutil.move(str(root / "docs" / "README.txt"), str(root / "docs" / "README.md"))
        print(sorted(os.listdir(root / "docs")))
        shutil.rmtree(root / "build")
        print(sorted(os.listdir(root)))
        total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        print("total bytes", total)
        os.chdir("/")
    print("cleaned up:", not root.exists())


if __name__ == "__main__":
    sys.exit(main())
