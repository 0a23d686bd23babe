"""A tiny shell: shlex tokenises a script of commands run against a virtual environment."""
import shlex

SCRIPT = r'''
set GREETING "hello world"
set NAME 'Ada Lovelace'
echo $GREETING, $NAME!   # comment at end
echo "quoted # not a comment" and\ escaped\ spaces
mkdir /docs /tmp "/my files"
ls /
cd "/my files"
touch notes.txt 'report 2024.md'
ls
count a b "c d" 'e f g'
unknown --flag
cd /nowhere
echo "unterminated
'''


class Shell:
    def __init__(self):
        self.env = {}
        self.fs = {"/": []}
        self.cwd = "/"

    def expand(self, word):
        if word.startswith("$"):
            name = word[1:].rstrip(",!")
            return self.env.get(name, "") + word[1 + len(name):]
        return word

    def do_set(self, name, value):
        self.env[name] = value

    def do_echo(self, *words):
        print(" ".join(self.expand(w) for w in words))

    def do_mkdir(self, *paths):
        for p in paths:
            self.fs.setdefault(p, [])
            self.fs["/"].append(p.lstrip("/"))

    def do_ls(self, path=None):
        entries = self.fs[path or self.cwd]
        print("  ".join(shlex.quote(n) for n in sorted(entries)) or "(empty)")

    def do_cd(self, path):
        if path not in self.fs:
            raise LookupError(f"cd: no such directory: {path}")
        self.cwd = path

    def do_touch(self, *names):
        self.fs[self.cwd].extend(names)

    def do_count(self, *args):
        print(len(args), "arguments:", shlex.join(args))

    def run_line(self, line):
        try:
            words = shlex.split(line, comments=True)
        except ValueError as e:
            print(f"parse error: {e}")
            return
        if not words:
            return
        cmd, args = words[0], words[1:]
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            print(f"{cmd}: command not found")
            return
        try:
            handler(*args)
        except LookupError as e:
            print(e)


sh = Shell()
lines = SCRIPT.strip("\n").split("\n")
for line in lines[:-1]:
    print("$", line)
    sh.run_line(line)
print("$", lines[-1])
sh.run_line(lines[-1])
print(sorted(sh.env.items()))

lexer = shlex.shlex("a=1 && b='two words' || echo $x;", posix=True, punctuation_chars=True)
print(list(lexer))
lexer = shlex.shlex("key: value, other-key: 42")
lexer.wordchars += "-"
print(list(lexer))
print(shlex.quote(""), shlex.quote("safe_word"), shlex.quote("it's"), shlex.quote("$HOME"))
print(shlex.split("a 'b c' \"d \\\"e\\\"\" f\\ g"))
print(shlex.split("a b # c", comments=False), shlex.split("x\ty\n z"))
