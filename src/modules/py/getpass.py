"""getpass: read a password, and find the user's login name.

minipy has no `termios`, so the terminal's echo cannot be turned off: `getpass` takes
the path CPython's takes on Linux when standard input is not a terminal. It warns with
GetPassWarning, reads the line from standard input with the prompt written to
`stream` (standard error by default), then ends the prompt's line on `stream`."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt="", stream=None, input=None):
    stream = stream or sys.stderr
    input = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # The stream cannot show every character: show what it can.
            encoding = stream.encoding
            stream.write(prompt.encode(encoding, "replace").decode(encoding))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line[-1] == "\n" else line


def fallback_getpass(prompt="Password: ", stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def getpass(prompt="Password: ", stream=None):
    stream = stream or sys.stderr
    passwd = fallback_getpass(prompt, stream)
    stream.write("\n")
    return passwd


def _uid_from_proc():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Uid:"):
                return int(line.split()[1])
    raise OSError("no Uid line in /proc/self/status")


def getuser():
    """The login name: from LOGNAME, USER, LNAME or USERNAME, else the password
    database's entry for the process's user id."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    uid = _uid_from_proc()
    with open("/etc/passwd") as passwd:
        for entry in passwd:
            fields = entry.rstrip("\n").split(":")
            if len(fields) > 2 and fields[2] == str(uid):
                return fields[0]
    raise KeyError(f"getpwuid(): uid not found: {uid}")
