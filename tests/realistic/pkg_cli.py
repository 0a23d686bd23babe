"""A package-manager-like CLI driven by fixed argv lists."""
import argparse
import shlex
import sys
import io
import contextlib


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not positive")
    return n


def build_parser():
    p = argparse.ArgumentParser(prog="pkg", description="Manage packages in a toy repo.",
                                epilog="See 'pkg <command> -h' for more.",
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    p.add_argument("--root", metavar="DIR", default="/opt/pkg", help="install root (default: %(default)s)")
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND", required=True)

    inst = sub.add_parser("install", aliases=["i"], help="install packages",
                          formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    inst.add_argument("packages", nargs="+", help="package names")
    inst.add_argument("-j", "--jobs", type=positive, default=2, help="parallel jobs")
    grp = inst.add_mutually_exclusive_group()
    grp.add_argument("--upgrade", action="store_true", help="upgrade if present")
    grp.add_argument("--no-deps", dest="deps", action="store_false", help="skip dependencies")
    inst.add_argument("--index", action="append", default=[], help="extra index")

    rm = sub.add_parser("remove", help="remove a package")
    rm.add_argument("name")
    rm.add_argument("-y", "--yes", action="store_true")

    ls = sub.add_parser("list", help="list packages")
    ls.add_argument("--format", choices=["plain", "json", "columns"], default="plain")
    ls.add_argument("--limit", type=int, nargs="?", const=10, default=None)
    ls.add_argument("pattern", nargs="*", default=["*"])

    cfg = sub.add_parser("config", help="get or set configuration")
    cfg.add_argument("pair", nargs=2, metavar=("KEY", "VALUE"))
    cfg.set_defaults(func=lambda a: f"config {a.pair[0]}={a.pair[1]}")
    return p


def run(argv_text):
    parser = build_parser()
    argv = shlex.split(argv_text)
    print(f"$ pkg {shlex.join(argv)}")
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
    except SystemExit as e:
        print(out.getvalue(), end="")
        print(err.getvalue(), end="")
        print(f"[exit {e.code}]")
        return
    d = vars(ns).copy()
    func = d.pop("func", None)
    print("  ", sorted(d.items()))
    if func:
        print("  ", func(ns))


for cmd in [
    "install requests 'my pkg' -j 4 --index https://a --index=https://b",
    "-vv i flask --upgrade",
    "install x --upgrade --no-deps",
    "install -j 0 x",
    "install -j two x",
    "remove",
    "remove foo -y --root=/tmp",
    "list --format json --limit",
    "list 'a*' 'b?' --limit 3",
    "list --format xml",
    "config user.name 'Ann Lee'",
    "frobnicate",
    "",
    "--version",
    "-h",
    "install -h",
    "list --help",
]:
    run(cmd)

print(shlex.quote("it's"), shlex.quote(""), shlex.quote("safe-name_1.txt"))
lex = shlex.shlex("a=1 b='two words' # comment\nc=3", posix=True)
lex.whitespace_split = True
lex.commenters = "#"
print(list(lex))
print(shlex.split("one \"two three\" four\\ five # not a comment", comments=False))
print(shlex.split("x # gone", comments=True))
