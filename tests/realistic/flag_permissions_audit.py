"""Audit file permissions with enum.Flag / IntFlag: parse symbolic and octal
modes, compare against a policy, and print a table of findings."""
import stat
from enum import Flag, IntFlag, auto, unique


class Perm(IntFlag):
    X = 1
    W = 2
    R = 4


class Risk(Flag):
    NONE = 0
    WORLD_WRITABLE = auto()
    WORLD_READABLE_SECRET = auto()
    EXECUTABLE_DATA = auto()
    SETUID = auto()
    SEVERE = WORLD_WRITABLE | SETUID


@unique
class Who(IntFlag):
    OTHER = 0
    GROUP = 3
    USER = 6


def parse_symbolic(text):
    """'rwxr-x---' -> mode int."""
    if len(text) != 9:
        raise ValueError(f"expected 9 characters, got {len(text)}: {text!r}")
    mode = 0
    for i, ch in enumerate(text):
        expected = "rwx"[i % 3]
        if ch == expected:
            mode |= 1 << (8 - i)
        elif ch != "-":
            raise ValueError(f"bad character {ch!r} at {i}")
    return mode


def split(mode):
    return {who.name: Perm((mode >> who.value) & 7) for who in (Who.USER, Who.GROUP, Who.OTHER)}


def assess(path, mode):
    risk = Risk.NONE
    other = Perm(mode & 7)
    if Perm.W in other:
        risk |= Risk.WORLD_WRITABLE
    if path.endswith((".key", ".pem", ".env")) and Perm.R in other:
        risk |= Risk.WORLD_READABLE_SECRET
    if path.endswith((".txt", ".csv", ".json")) and mode & 0o111:
        risk |= Risk.EXECUTABLE_DATA
    if mode & stat.S_ISUID:
        risk |= Risk.SETUID
    return risk


FILES = [("/etc/app/server.key", "rw-r--r--"), ("/srv/data/report.csv", "rwxr-xr-x"),
         ("/usr/local/bin/tool", 0o4755), ("/tmp/shared.txt", "rw-rw-rw-"),
         ("/home/ada/.env", "rw-------"), ("/opt/app/run.sh", 0o750)]

if __name__ == "__main__":
    print(f"{'path':24} {'mode':>6} {'filemode':10} findings")
    for path, spec in FILES:
        mode = parse_symbolic(spec) if isinstance(spec, str) else spec
        risk = assess(path, mode)
        names = [r.name for r in Risk if r in risk and r.name and r is not Risk.NONE]
        severe = " SEVERE" if risk & Risk.SEVERE else ""
        print(f"{path:24} {mode:>#6o} {stat.filemode(mode | stat.S_IFREG):10} {', '.join(names) or 'ok'}{severe}")
    print(split(0o754))
    p = Perm.R | Perm.W
    print(p, repr(p), int(p), Perm.X in p, ~p, list(Perm), Perm(7))
    print(Risk.SEVERE, repr(Risk.SEVERE), bool(Risk.NONE), Risk(3), Risk.WORLD_WRITABLE in Risk.SEVERE)
    print(format(Perm.R, "d"), f"{Perm.W!s}", Perm.R + 1, Perm(0))
    for bad in ["rwxrwx", "rwzr-----"]:
        try:
            parse_symbolic(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        Risk(64)
    except ValueError as e:
        print("ValueError:", e)
    print(stat.S_ISDIR(0o40755), stat.filemode(0o40755), stat.filemode(0o120777), oct(stat.S_IMODE(0o104755)))
