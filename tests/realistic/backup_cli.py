"""A backup tool's command line, parsed from fixed argument lists."""
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog="backup",
        description="Create, list and prune backups of a directory tree.",
        epilog="Exit status is 0 on success.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    parser.add_argument("--version", action="version", version="%(prog)s 2.3.1")
    parser.add_argument("-C", "--config", metavar="FILE", help="read settings from FILE")
    sub = parser.add_subparsers(dest="command", required=True, title="commands")

    create = sub.add_parser("create", help="make a new backup")
    create.add_argument("source", help="directory to back up")
    create.add_argument("dest", nargs="?", default="/var/backups", help="where to put it (default: %(default)s)")
    create.add_argument("-x", "--exclude", action="append", default=[], metavar="GLOB")
    create.add_argument("--level", type=int, choices=range(0, 10), default=6)
    mode = create.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_const", const="full", dest="mode")
    mode.add_argument("--incremental", action="store_const", const="incremental", dest="mode")
    create.set_defaults(mode="full")

    listing = sub.add_parser("list", aliases=["ls"], help="show backups")
    listing.add_argument("--sort", choices=["date", "size", "name"], default="date")
    listing.add_argument("--reverse", "-r", action="store_true")
    listing.add_argument("--limit", type=positive_int)

    prune = sub.add_parser("prune", help="delete old backups")
    prune.add_argument("--keep", type=positive_int, required=True)
    prune.add_argument("--dry-run", action="store_true")
    prune.add_argument("tags", nargs="*", help="only these tags")
    return parser


parser = build_parser()
command_lines = [
    "create /home/ada",
    "-vv create /srv/www /mnt/nas -x *.tmp -x cache/** --level 9 --incremental",
    "ls --sort size -r --limit 5",
    "--config /etc/backup.ini prune --keep 3 --dry-run weekly monthly",
    "list",
    "create /tmp --level=3 --full",
]
for line in command_lines:
    ns = parser.parse_args(line.split())
    print(f"{line!r}")
    print("   ", {k: v for k, v in sorted(vars(ns).items())})

errors = [
    "",
    "create",
    "create /x --level 12",
    "create /x --full --incremental",
    "prune --keep 0",
    "prune --keep three",
    "list --sort colour",
    "frobnicate",
    "--verbose=2 list",
]
real_stderr = sys.stderr
for line in errors:
    sys.stderr = sys.stdout
    try:
        parser.parse_args(line.split())
    except SystemExit as exc:
        print(f"  -> exit status {exc.code}")
    finally:
        sys.stderr = real_stderr

sys.stdout.write("\n--- help ---\n")
parser.print_help()
sys.stdout.write("\n--- create help ---\n")
try:
    parser.parse_args(["create", "--help"])
except SystemExit as exc:
    print("help exited with", exc.code)
try:
    parser.parse_args(["--version"])
except SystemExit as exc:
    print("version exited with", exc.code)
print(parser.format_usage(), end="")
ns, rest = parser.parse_known_args(["list", "--unknown", "x", "-r"])
print(ns.command, ns.reverse, rest)
