"""Command-line option scanning in the style of C's getopt(3).

getopt() stops at the first argument that is not an option; gnu_getopt() lets
options and plain arguments mix, as GNU programs do.  Both understand short
options ('-x', '-xVALUE', '-x VALUE', bundled '-xy') and long ones ('--name',
'--name=VALUE', '--name VALUE', or any unambiguous prefix of the name).
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A command line that the option specification does not allow; *opt*
    names the option at fault."""
    msg = ''
    opt = ''

    def __init__(self, msg, opt=''):
        self.msg, self.opt = msg, opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


# The name older programs catch.
error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Scan the options at the front of *args*; returns (options, rest), where
    options is a list of (option, value) pairs.  A short option followed by ':'
    in *shortopts*, or a long one ending in '=' in *longopts*, takes a value."""
    scanner = _Scanner(shortopts, longopts, args)
    while scanner.more() and _looks_like_option(scanner.peek()):
        if scanner.peek() == '--':
            scanner.skip()
            break
        scanner.take_option()
    return scanner.found, scanner.remaining()


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow plain arguments.  Scanning stops at
    the first plain argument, as getopt() does, when *shortopts* starts with '+'
    or the POSIXLY_CORRECT environment variable is set."""
    stop_at_first_operand = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first_operand = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_first_operand = True
    scanner = _Scanner(shortopts, longopts, args)
    operands = []
    while scanner.more():
        word = scanner.peek()
        if word == '--':
            scanner.skip()
            operands += scanner.remaining()
            break
        if _looks_like_option(word):
            scanner.take_option()
        elif stop_at_first_operand:
            operands += scanner.remaining()
            break
        else:
            operands.append(word)
            scanner.skip()
    return scanner.found, operands


def _looks_like_option(arg):
    # A lone '-' conventionally means standard input: an operand.
    return arg.startswith('-') and arg != '-'


class _Scanner:
    """Walks the argument words with the option specification in hand,
    collecting the (option, value) pairs found."""

    def __init__(self, shortopts, longopts, words):
        self.shortopts = shortopts
        if isinstance(longopts, str):
            longopts = [longopts]
        self.longopts = list(longopts)
        self.words = words
        self.position = 0
        self.found = []

    def more(self):
        return self.position < len(self.words)

    def peek(self):
        return self.words[self.position]

    def skip(self):
        self.position += 1

    def remaining(self):
        # Untouched arguments come back as the very object passed in; otherwise
        # as a slice of it, so a tuple stays a tuple.
        if self.position == 0:
            return self.words
        return self.words[self.position:]

    def _next_word(self):
        word = self.peek()
        self.skip()
        return word

    def take_option(self):
        """Consume the option word under the cursor, and its value word if it
        needs one."""
        word = self._next_word()
        if word.startswith('--'):
            self._take_long(word[2:])
        else:
            self._take_shorts(word[1:])

    # ---- long options ----------------------------------------------------------

    def _take_long(self, text):
        name, equals, value = text.partition('=')
        if not equals:
            value = None
        name, wants_value = self._resolve_long(name)
        if wants_value:
            if value is None:
                if not self.more():
                    raise GetoptError('option --%s requires argument' % name, name)
                value = self._next_word()
        elif value is not None:
            raise GetoptError('option --%s must not have an argument' % name, name)
        self.found.append(('--' + name, value or ''))

    def _resolve_long(self, given):
        """The full name *given* stands for, and whether it takes a value."""
        candidates = [spec for spec in self.longopts if spec.startswith(given)]
        if not candidates:
            raise GetoptError('option --%s not recognized' % given, given)
        # An exact name wins over longer names it is a prefix of.
        if given in candidates:
            return given, False
        if given + '=' in candidates:
            return given, True
        if len(candidates) > 1:
            raise GetoptError('option --%s not a unique prefix' % given, given)
        spec = candidates[0]
        if spec.endswith('='):
            return spec[:-1], True
        return spec, False

    # ---- short options ---------------------------------------------------------

    def _take_shorts(self, letters):
        # Letters are options in turn until one takes a value: the rest of the
        # word, or else the next word, is that value.
        while letters:
            letter, letters = letters[0], letters[1:]
            value = ''
            if self._short_wants_value(letter):
                if not letters:
                    if not self.more():
                        raise GetoptError('option -%s requires argument' % letter,
                                          letter)
                    letters = self._next_word()
                value, letters = letters, ''
            self.found.append(('-' + letter, value))

    def _short_wants_value(self, letter):
        spec = self.shortopts
        for position, char in enumerate(spec):
            if char == letter and char != ':':
                return spec[position + 1:position + 2] == ':'
        raise GetoptError('option -%s not recognized' % letter, letter)
