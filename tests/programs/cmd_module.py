# cmd.Cmd: dispatch, help listings, empty lines, the '?' / '!' shorthands,
# the queue, hooks, both input paths and columnize's layout.
import cmd
import io
import sys


class Calc(cmd.Cmd):
    prompt = "calc> "
    doc_leader = "Calculator commands."

    def preloop(self):
        self.stack = []
        print("preloop")

    def postloop(self):
        print("postloop", self.stack)

    def do_push(self, arg):
        "push N: put a number on the stack"
        self.stack.append(float(arg))

    def do_add(self, arg):
        "add: replace the top two numbers by their sum"
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)

    def do_show(self, arg):
        print(self.stack)

    def do_shell(self, arg):
        print("shell:", repr(arg))

    def help_stack(self):
        print("The stack holds floats.")

    def help_push(self):
        print("push takes one number")

    def do_exit(self, arg):
        return "stopped"

    def do_EOF(self, arg):
        print("end of input")
        return True

    def postcmd(self, stop, line):
        print(f"  [{line!r} -> {stop!r}]")
        return stop


out = io.StringIO()
c = Calc(stdin=io.StringIO("push 2\n\npush 3.5\nadd\n?\n? add\nhelp nothing\nshow\n!echo hi\n  \n&bad\nexit\nnever\n"))
c.use_rawinput = False
c.cmdloop()
print(c.lastcmd)

# The input() path reads sys.stdin; the end of input is the command 'EOF'.
sys.stdin = io.StringIO("push 1\nshow\n")
c2 = Calc()
try:
    c2.cmdloop("intro text")
except AttributeError as e:
    print("AttributeError:", e)
sys.stdin = sys.__stdin__
print(c2.onecmd(""), c2.lastcmd)

plain = cmd.Cmd(stdout=out)
plain.onecmd("help")
plain.onecmd("nothing here")
plain.onecmd("help help")
plain.onecmd("!ls")
print(out.getvalue(), end="")
print(plain.parseline(""), plain.parseline("x-y"), plain.parseline("  a1_b  rest  "))
for width in (10, 25, 60):
    plain.columnize(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"], width)
print(out.getvalue().count("\n"))
print(sorted(Calc().completenames("")), Calc().complete_help("p"), Calc().completedefault("x"))
