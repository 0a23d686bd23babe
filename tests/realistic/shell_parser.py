"""Parse shell-like command lines with shlex into a pipeline structure,
expand variables from an environment and run a few builtin commands."""
import shlex
from dataclasses import dataclass, field
from string import Template


@dataclass
class Command:
    argv: list
    redirects: dict = field(default_factory=dict)
    background: bool = False


class ParseError(Exception):
    pass


def tokenize(line):
    lexer = shlex.shlex(line, posix=True, punctuation_chars="|&<>;")
    lexer.whitespace_split = True
    return list(lexer)


def parse(line):
    try:
        tokens = tokenize(line)
    except ValueError as e:
        raise ParseError(f"lexing failed: {e}") from e
    pipelines, current, cmd = [], [], Command([])
    it = iter(tokens)
    for tok in it:
        if tok in ("|", ";", "&"):
            if not cmd.argv:
                raise ParseError(f"empty command before {tok!r}")
            if tok == "&":
                cmd.background = True
            current.append(cmd)
            cmd = Command([])
            if tok != "|":
                pipelines.append(current)
                current = []
        elif tok in ("<", ">", ">>"):
            target = next(it, None)
            if target is None or target in "|&;<>":
                raise ParseError(f"missing file after {tok!r}")
            cmd.redirects[tok] = target
        else:
            cmd.argv.append(tok)
    if cmd.argv:
        current.append(cmd)
    elif current:
        raise ParseError("pipeline ends with '|'")
    if current:
        pipelines.append(current)
    return pipelines


def expand(argv, env):
    return [Template(a).safe_substitute(env) for a in argv]


def run_builtin(argv, stdin, env):
    name, *args = argv
    if name == "echo":
        return " ".join(args) + "\n"
    if name == "upper":
        return stdin.upper()
    if name == "wc":
        return f"{len(stdin.splitlines())} {len(stdin.split())} {len(stdin)}\n"
    if name == "export":
        for a in args:
            k, _, v = a.partition("=")
            env[k] = v
        return ""
    if name == "sort":
        lines = stdin.splitlines()
        return "".join(l + "\n" for l in sorted(lines, reverse="-r" in args))
    if name == "cat":
        return stdin
    raise LookupError(f"{name}: command not found")


def execute(line, env, files):
    for pipeline in parse(line):
        data = ""
        for cmd in pipeline:
            argv = expand(cmd.argv, env)
            if "<" in cmd.redirects:
                data = files.get(cmd.redirects["<"], "")
            try:
                data = run_builtin(argv, data, env)
            except LookupError as e:
                print(f"sh: {e}")
                data = ""
                break
        for cmd in pipeline[-1:]:
            if ">" in cmd.redirects:
                files[cmd.redirects[">"]] = data
                data = ""
            elif ">>" in cmd.redirects:
                files[cmd.redirects[">>"]] = files.get(cmd.redirects[">>"], "") + data
                data = ""
        print(data, end="")


if __name__ == "__main__":
    print(shlex.split('grep -r "hello world" \'single q\' a\\ b # not a comment'))
    print(shlex.split("a #comment b", comments=True), shlex.quote("it's here"), shlex.join(["ls", "-l", "my file"]))
    for line in ['ls -l | grep ".py" > out.txt', "a && b", "cat < in.txt | sort -r; echo done &"]:
        print(line, "=>", parse(line))
    env, files = {"USER": "ada", "HOME": "/home/ada"}, {"names.txt": "carol\nalice\nbob\n"}
    script = [
        "echo hello $USER from ${HOME} and $MISSING",
        "export GREETING=hi WHO=world",
        "echo $GREETING, $WHO | upper",
        "sort < names.txt | upper > sorted.txt",
        "cat < sorted.txt | wc",
        "echo one >> log; echo two >> log; cat < log",
        "frobnicate --now | upper",
    ]
    for line in script:
        print(f"$ {line}")
        execute(line, env, files)
    print(sorted(files), env["WHO"])
    for bad in ['echo "unterminated', "| upper", "echo >", "echo a |", "cat <"]:
        try:
            parse(bad)
        except ParseError as e:
            print(f"{bad!r}: {e}", "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
