"""A to-do list shell built on cmd.Cmd, driven by a scripted session."""
import cmd
import io
import shlex
import sys
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Task:
    title: str
    due: date | None = None
    done: bool = False
    tags: set = field(default_factory=set)

    def line(self, n):
        mark = "x" if self.done else " "
        due = f" (due {self.due:%b %d})" if self.due else ""
        tags = "".join(f" #{t}" for t in sorted(self.tags))
        return f"{n:>2}. [{mark}] {self.title}{due}{tags}"


class TodoShell(cmd.Cmd):
    intro = "Welcome to todo. Type help or ? to list commands.\n"
    prompt = "(todo) "

    def __init__(self, **kw):
        super().__init__(**kw)
        self.tasks: list[Task] = []

    def _task(self, arg):
        try:
            n = int(arg)
            return self.tasks[n - 1] if n > 0 else None
        except (ValueError, IndexError):
            return None

    def do_add(self, arg):
        "Add a task: add TITLE [--due YYYY-MM-DD] [#tag ...]"
        words = shlex.split(arg)
        if not words:
            print("*** title required", file=self.stdout)
            return
        due, tags, title = None, set(), []
        it = iter(words)
        for w in it:
            if w == "--due":
                try:
                    due = date.fromisoformat(next(it))
                except (StopIteration, ValueError) as e:
                    print(f"*** bad date: {e}", file=self.stdout)
                    return
            elif w.startswith("#"):
                tags.add(w[1:])
            else:
                title.append(w)
        self.tasks.append(Task(" ".join(title), due, tags=tags))
        print(f"added #{len(self.tasks)}", file=self.stdout)

    def do_list(self, arg):
        "List tasks, optionally only those with a tag: list [#tag]"
        shown = [(n, t) for n, t in enumerate(self.tasks, 1) if not arg or arg.lstrip("#") in t.tags]
        for n, t in shown:
            print(t.line(n), file=self.stdout)
        if not shown:
            print("(nothing)", file=self.stdout)

    def do_done(self, arg):
        "Mark a task done: done N"
        t = self._task(arg)
        if t is None:
            print(f"*** no task {arg!r}", file=self.stdout)
        else:
            t.done = True

    def do_due(self, arg):
        tasks = sorted((t for t in self.tasks if t.due and not t.done), key=lambda t: t.due)
        ref = date(2024, 3, 1)
        for t in tasks:
            days = (t.due - ref).days
            print(f"{t.title:<20} {days:+4d} days", file=self.stdout)

    def help_tags(self):
        print("Tags are words starting with '#', e.g. add milk #shop", file=self.stdout)

    def do_quit(self, arg):
        "Leave the shell"
        print("bye", file=self.stdout)
        return True

    do_EOF = do_quit

    def precmd(self, line):
        return line.lower() if line.startswith("LIST") else line

    def default(self, line):
        print(f"unknown command: {line.split()[0]!r}", file=self.stdout)

    def emptyline(self):
        pass


SESSION = """\
add "Buy milk" #shop --due 2024-03-04
add Write report --due 2024-02-28 #work #urgent
add Call mom
add --due 2024-13-01 broken
add
list
done 2
done 9
LIST #shop
due
? add
help due
help tags
help
frobnicate now

!ls
quit
list
"""

shell = TodoShell(stdin=io.StringIO(SESSION), stdout=sys.stdout)
shell.use_rawinput = False
shell.cmdloop()
print("---")
shell.onecmd("list")
shell.cmdqueue = ["add queued task", "list", "EOF"]
shell.cmdloop(intro="again")
print(shell.lastcmd, shell.parseline("  ?add x "), shell.parseline("!x"), shell.completenames("d"))
shell.columnize([f"item{i}" for i in range(30)], 40)
shell.columnize([])
shell.columnize(["solo"])
try:
    shell.columnize(["a", 1, "b", None])
except TypeError as e:
    print(e)
print(cmd.Cmd.prompt, cmd.Cmd.identchars[-5:], sorted(shell.complete_help("d")))
