"""A small CLI tool (a todo manager) driven by argparse with fixed argument lists."""
import argparse
import sys
import io
import contextlib


def build_parser():
    parser = argparse.ArgumentParser(prog="todo", description="Manage a todo list.",
                                     epilog="Example: todo add 'buy milk' -p 2")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("--file", default="todo.txt", metavar="PATH", help="storage file (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a task")
    add.add_argument("text", help="task description")
    add.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
    add.add_argument("--tag", action="append", default=[], dest="tags")
    ls = sub.add_parser("list", help="list tasks")
    ls.add_argument("--done", action="store_true")
    ls.add_argument("--sort", choices=["priority", "text"], default="priority")
    done = sub.add_parser("done", help="mark tasks as done")
    done.add_argument("ids", nargs="+", type=int)
    rm = sub.add_parser("rm")
    group = rm.add_mutually_exclusive_group(required=True)
    group.add_argument("--all", action="store_true")
    group.add_argument("--id", type=int)
    return parser


TASKS = [
    {"id": 1, "text": "write report", "priority": 1, "done": False, "tags": ["work"]},
    {"id": 2, "text": "call mom", "priority": 3, "done": True, "tags": []},
]


def run(argv):
    parser = build_parser()
    out = io.StringIO()
    err = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = parser.parse_args(argv)
        except SystemExit as e:
            code = e.code
            args = None
    if args is not None:
        if args.verbose:
            print(f"[v{args.verbose}] {vars(args)}")
        if args.command == "add":
            new_id = max(t["id"] for t in TASKS) + 1
            TASKS.append({"id": new_id, "text": args.text, "priority": args.priority, "done": False, "tags": args.tags})
            print(f"added #{new_id}: {args.text} (p{args.priority}) tags={args.tags}")
        elif args.command == "list":
            tasks = [t for t in TASKS if t["done"] == args.done]
            for t in sorted(tasks, key=lambda t: t[args.sort]):
                print(f"  #{t['id']} [{'x' if t['done'] else ' '}] p{t['priority']} {t['text']}")
        elif args.command == "done":
            for i in args.ids:
                for t in TASKS:
                    if t["id"] == i:
                        t["done"] = True
                        print(f"completed #{i}")
                        break
                else:
                    print(f"no task #{i}")
        elif args.command == "rm":
            if args.all:
                TASKS.clear()
                print("removed all")
            else:
                TASKS[:] = [t for t in TASKS if t["id"] != args.id]
                print(f"removed #{args.id}")
    text = out.getvalue()
    if text:
        print(text, end="")
    if err.getvalue():
        print("stderr:", err.getvalue().rstrip().replace("\n", "\n        "))
    print(f"exit code: {code}")


for argv in [
    ["add", "buy milk", "-p", "1", "--tag", "home", "--tag", "errand"],
    ["-vv", "add", "fix bike"],
    ["list"],
    ["list", "--sort", "text"],
    ["done", "1", "3", "7"],
    ["list", "--done"],
    ["add", "x", "-p", "9"],
    ["done"],
    ["frobnicate"],
    ["rm", "--all", "--id", "3"],
    ["rm", "--id", "3"],
    ["list", "--done", "--sort", "text"],
    [],
    ["--help"],
    ["add", "--help"],
]:
    print("$ todo", " ".join(argv))
    run(argv)

p = argparse.ArgumentParser(prog="calc")
p.add_argument("numbers", nargs="*", type=float)
p.add_argument("--op", choices=["sum", "max"], default="sum")
p.add_argument("--scale", type=float, default=1.0)
ns = p.parse_args(["1", "2.5", "--op", "max", "--scale=2"])
print(ns, getattr(ns, "op"), (max if ns.op == "max" else sum)(ns.numbers) * ns.scale)
ns, rest = p.parse_known_args(["3", "--unknown", "x"])
print(ns.numbers, rest)
print(p.format_usage().strip())
