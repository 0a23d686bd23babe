"""A framework for line-oriented command interpreters.

Subclass Cmd and give it do_<command>(self, arg) methods; cmdloop() reads
lines, hands each to onecmd(), and stops when a command returns a true
value. help_<topic> methods and the docstrings of do_ methods feed the
built-in "help" command. Output and the help layout are CPython's.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Read lines, dispatch them to onecmd(), until a command returns true."""
        # There is no readline module, so there is no tab completion to set up.
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self._next_line()
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def _next_line(self):
        """The next command: queued ones first, then the input; 'EOF' at its end."""
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not len(line):
            return 'EOF'
        return line.rstrip('\r\n')

    def precmd(self, line):
        """Hook run on each line before it is interpreted; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Hook run after each command; its result decides whether the loop stops."""
        return stop

    def preloop(self):
        """Hook run once before the loop starts."""
        pass

    def postloop(self):
        """Hook run once after the loop ends."""
        pass

    def parseline(self, line):
        """Split a line into (command, argument, line); '?' means help, '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Interpret one line as if typed at the prompt; returns the do_ method's result."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last non-empty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command is not known."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        """Completions for a command without its own complete_ method: none."""
        return []

    def completenames(self, text, *ignored):
        """The command names that start with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def get_names(self):
        """The attribute names of the class (instance attributes do not count)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Completions for 'help': commands and help topics starting with the text."""
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names()
                     if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = set(name[5:] for name in names if name[:5] == 'help_')
        documented, undocumented = [], []
        previous = ''
        for name in sorted(names):
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.remove(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        """help <arg>: its help_ method, else its do_ method's docstring."""
        try:
            func = getattr(self, 'help_' + arg)
        except AttributeError:
            try:
                doc = getattr(self, 'do_' + arg).__doc__
                if doc:
                    self.stdout.write("%s\n" % str(doc))
                    return
            except AttributeError:
                pass
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        func()

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """One section of the help listing: header, ruler and the names in columns."""
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print a list of strings in as few rows as fit displaywidth.

        Items run down the columns; columns are two spaces apart.
        """
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, widths = _layout(list, displaywidth)
        ncols = len(widths)
        for row in range(nrows):
            texts = []
            for col in range(ncols):
                i = row + nrows * col
                texts.append(list[i] if i < size else "")
            while texts and not texts[-1]:
                del texts[-1]
            for col in range(len(texts)):
                texts[col] = texts[col].ljust(widths[col])
            self.stdout.write("%s\n" % str("  ".join(texts)))


def _layout(items, displaywidth):
    """(rows, column widths) of the first row count, from one up, that fits.

    When nothing fits, every item gets a row of its own in one column of width 0.
    """
    size = len(items)
    for nrows in range(1, size):
        ncols = (size + nrows - 1) // nrows
        widths = []
        total = -2
        for col in range(ncols):
            column = items[col * nrows:(col + 1) * nrows]
            width = max(len(x) for x in column) if column else 0
            widths.append(width)
            total += width + 2
            if total > displaywidth:
                break
        if total <= displaywidth:
            return nrows, widths
    return size, [0]
