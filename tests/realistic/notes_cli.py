"""A note-taking CLI with argparse subcommands, pathlib storage in a temporary
directory, csv export, logging to a string buffer and shlex-split command lines."""
import argparse
import csv
import io
import json
import logging
import shlex
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

log_buffer = io.StringIO()
handler = logging.StreamHandler(log_buffer)
handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
log = logging.getLogger("notes")
log.addHandler(handler)
log.setLevel(logging.DEBUG)

TODAY = date(2024, 4, 1)


class Store:
    def __init__(self, root: Path):
        self.root = root
        self.index = root / "index.json"
        if not self.index.exists():
            self.index.write_text(json.dumps({"next": 1, "notes": {}}))

    def load(self):
        return json.loads(self.index.read_text())

    def save(self, data):
        self.index.write_text(json.dumps(data, indent=1, sort_keys=True))

    def add(self, title, body, tags, due):
        data = self.load()
        nid = data["next"]
        data["next"] += 1
        path = self.root / "notes" / f"{nid:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(body + "\n")
        data["notes"][str(nid)] = {"title": title, "tags": sorted(set(tags)),
                                   "due": due, "file": path.name}
        self.save(data)
        log.info("added note %d (%s)", nid, title)
        return nid

    def remove(self, nid):
        data = self.load()
        note = data["notes"].pop(str(nid), None)
        if note is None:
            log.warning("no note %s to remove", nid)
            raise KeyError(nid)
        (self.root / "notes" / note["file"]).unlink()
        self.save(data)
        log.info("removed note %s", nid)


def cmd_add(store, args):
    due = None
    if args.due_in is not None:
        due = (TODAY + timedelta(days=args.due_in)).isoformat()
    nid = store.add(args.title, " ".join(args.body), args.tag, due)
    print(f"note {nid} saved")


def cmd_list(store, args):
    notes = store.load()["notes"]
    rows = sorted(notes.items(), key=lambda kv: (kv[1]["due"] or "9999", int(kv[0])))
    for nid, n in rows:
        if args.tag and args.tag not in n["tags"]:
            continue
        overdue = n["due"] is not None and n["due"] < TODAY.isoformat()
        print(f"{nid:>3}  {n['title']:<22} {','.join(n['tags']) or '-':<14} "
              f"{n['due'] or '':<10}{' OVERDUE' if overdue else ''}")


def cmd_show(store, args):
    n = store.load()["notes"].get(str(args.id))
    if n is None:
        print(f"no note {args.id}")
        return
    print(f"# {n['title']}")
    print((store.root / "notes" / n["file"]).read_text(), end="")


def cmd_rm(store, args):
    try:
        store.remove(args.id)
        print(f"note {args.id} removed")
    except KeyError:
        print(f"cannot remove {args.id}: no such note")


def cmd_export(store, args):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["id", "title", "tags", "due"], lineterminator="\n")
    w.writeheader()
    for nid, n in sorted(store.load()["notes"].items(), key=lambda kv: int(kv[0])):
        w.writerow({"id": nid, "title": n["title"], "tags": ";".join(n["tags"]),
                    "due": n["due"] or ""})
    print(out.getvalue(), end="")


def make_parser():
    p = argparse.ArgumentParser(prog="notes")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("add", help="add a note")
    a.add_argument("title")
    a.add_argument("body", nargs="+")
    a.add_argument("-t", "--tag", action="append", default=[])
    a.add_argument("--due-in", type=int, metavar="DAYS")
    a.set_defaults(func=cmd_add)
    l = sub.add_parser("list", help="list notes")
    l.add_argument("--tag")
    l.set_defaults(func=cmd_list)
    for name, fn in (("show", cmd_show), ("rm", cmd_rm)):
        s = sub.add_parser(name)
        s.add_argument("id", type=int)
        s.set_defaults(func=fn)
    sub.add_parser("export").set_defaults(func=cmd_export)
    return p


root = Path(tempfile.mkdtemp())
try:
    store = Store(root)
    parser = make_parser()
    for line in [
        'add "Buy milk" two litres -t home -t shop --due-in 1',
        "add 'Fix bug #12' null pointer in parser -t work --due-in -2",
        'add Ideas "write a tokenizer" -t work -t fun',
        "list",
        "list --tag work",
        "show 2",
        "rm 1",
        "rm 7",
        "show 1",
        "export",
        "add",
        "frobnicate",
        "show two",
    ]:
        print(f"$ notes {line}")
        try:
            args = parser.parse_args(shlex.split(line))
        except SystemExit as e:
            print(f"(exit status {e.code})")
            continue
        args.func(store, args)
    print(sorted(p.name for p in (root / "notes").iterdir()))
    print(log_buffer.getvalue(), end="")
finally:
    shutil.rmtree(root)
print(root.exists())
