"""Shell-like tokenising: the shlex lexer class, and split(), quote() and join()
built on top of it."""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode also treats the Latin-1 letters as part of a word.
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_DEFAULT_PUNCTUATION = '();<>|&'
# With punctuation_chars on, these join words so that paths, options and globs
# stay whole.
_EXTRA_WORD_WITH_PUNCTUATION = '~-./*?='

# Scanner states besides a quote or escape character: between tokens, inside a
# word, inside a run of punctuation, and past the end of the input.
_BETWEEN = ' '
_IN_WORD = 'a'
_IN_PUNCT = 'c'


class shlex:
    """A lexer for shell-like text: words, quoted strings, comments and
    (optionally) runs of punctuation."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.quotes = '\'"'
        self.whitespace_split = False
        # Inside double quotes only, a backslash escapes the next character.
        self.escape, self.escapedquotes = '\\', '"'
        self.state = _BETWEEN
        self.token = ''
        self.lineno = 1
        self.debug = 0
        # Tokens pushed back, and the inputs interrupted by push_source().
        self.pushback, self.filestack = deque(), deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        # Characters read one too far while scanning, to be read again first.
        self._pushback_chars = deque()
        if punctuation_chars:
            widened = self.wordchars + _EXTRA_WORD_WITH_PUNCTUATION
            self.wordchars = ''.join(c for c in widened
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def _say(self, level, message):
        if self.debug >= level:
            print('shlex: ' + message)

    # ---- the token stream -------------------------------------------------

    def push_token(self, tok):
        """Put *tok* back so that the next get_token() returns it."""
        self._say(1, 'pushing token ' + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from *newstream* (a stream or a string) until it runs out,
        then go back to the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        interrupted = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(interrupted)
        self.instream, self.infile, self.lineno = newstream, newfile, 1
        if newfile is not None:
            self._say(1, 'pushing to file %s' % (newfile,))
        else:
            self._say(1, 'pushing to stream %s' % (newstream,))

    def pop_source(self):
        """Close the current input and resume the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._say(1, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    def get_token(self):
        """The next token: a pushed-back one first, then one read from the
        input, following source inclusions and falling back to outer inputs."""
        if self.pushback:
            tok = self.pushback.popleft()
            self._say(1, 'popping token ' + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    name, stream = included
                    self.push_source(stream, name)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        self._say(1, 'token=' + repr(raw))
        return raw

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # ---- the character scanner ------------------------------------------------

    def _read_char(self):
        if self._punctuation_chars and self._pushback_chars:
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Scan one raw token from the input (no pushback, no inclusions)."""
        # *quoted* records that a quote was opened, so that "" is a token even
        # though it adds no characters.
        self._quoted = False
        escape_return = _BETWEEN
        while True:
            ch = self._read_char()
            state = self.state
            self._say(3, 'in state %r I see character: %r' % (state, ch))
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                done, escape_return = self._between_tokens(ch, escape_return)
            elif state in (_IN_WORD, _IN_PUNCT):
                done, escape_return = self._inside_word(ch, escape_return)
            elif state in self.quotes:
                done, escape_return = self._inside_quotes(ch, escape_return)
            elif state in self.escape:
                self._after_escape(ch, escape_return)
                done = False
            else:
                done = False
            if done:
                break
        return self._finish_token()

    def _token_ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _finish_token(self):
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if result:
            self._say(2, 'raw token=' + repr(result))
        else:
            self._say(2, 'raw token=EOF')
        return result

    def _between_tokens(self, ch, escape_return):
        """Handle *ch* while no token has started; returns (done, escape_return)."""
        if not ch:
            self.state = None
            return True, escape_return
        if ch in self.whitespace:
            self._say(2, 'I see whitespace in whitespace state')
            return self._token_ready(), escape_return
        if ch in self.commenters:
            self._skip_comment()
            return False, escape_return
        if self.posix and ch in self.escape:
            self.state = ch
            return False, _IN_WORD
        if ch in self.wordchars:
            self.token = ch
            self.state = _IN_WORD
        elif ch in self._punctuation_chars:
            self.token = ch
            self.state = _IN_PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = _IN_WORD
        else:
            # Any other character is a token on its own.
            self.token = ch
            return self._token_ready(), escape_return
        return False, escape_return

    def _inside_quotes(self, ch, escape_return):
        """Handle *ch* inside a quoted string whose quote is self.state."""
        self._quoted = True
        quote = self.state
        if not ch:
            self._say(2, 'I see EOF in quotes state')
            raise ValueError("No closing quotation")
        if ch == quote:
            if not self.posix:
                # Outside POSIX mode the quoted string is a whole token,
                # quotes included.
                self.token += ch
                self.state = _BETWEEN
                return True, escape_return
            self.state = _IN_WORD
        elif self.posix and ch in self.escape and quote in self.escapedquotes:
            self.state = ch
            return False, quote
        else:
            self.token += ch
        return False, escape_return

    def _after_escape(self, ch, escape_return):
        """Handle the character that follows an escape character."""
        if not ch:
            self._say(2, 'I see EOF in escape state')
            raise ValueError("No escaped character")
        # Inside quotes the escape only escapes the quote or itself; before any
        # other character it stays in the token.
        if (escape_return in self.quotes and ch != self.state
                and ch != escape_return):
            self.token += self.state
        self.token += ch
        self.state = escape_return

    def _inside_word(self, ch, escape_return):
        """Handle *ch* inside a word or a run of punctuation."""
        if not ch:
            self.state = None
            return True, escape_return
        if ch in self.whitespace:
            self._say(2, 'I see whitespace in word state')
            self.state = _BETWEEN
            return self._token_ready(), escape_return
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._token_ready(), escape_return
            return False, escape_return
        if self.state == _IN_PUNCT:
            if ch in self._punctuation_chars:
                self.token += ch
                return False, escape_return
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = _BETWEEN
            return True, escape_return
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self.state = ch
            return False, _IN_WORD
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # The word ends here; the character starts the next token.
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self._say(2, 'I see punctuation in word state')
            self.state = _BETWEEN
            return self._token_ready(), escape_return
        return False, escape_return

    # ---- inclusions and messages -------------------------------------------------

    def sourcehook(self, newfile):
        """Open the file named by a source-inclusion request; returns
        (name, stream)."""
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        # A relative name is taken relative to the including file.
        if isinstance(self.infile, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(self.infile), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        """A compiler-style '"file", line N: ' prefix for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)


def split(s, comments=False, posix=True):
    """Split the string *s* into words the way a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Quote each word and join them with spaces: the inverse of split()."""
    return ' '.join(quote(word) for word in split_command)


# Characters a shell never treats specially: ASCII letters, digits and these.
_NEEDS_NO_QUOTES = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                             '0123456789_@%+=:,./-')


def quote(s):
    """Make *s* safe to paste into a shell command line as one word."""
    if not s:
        return "''"
    if not isinstance(s, str):
        # The same complaints a str regular expression makes about its subject.
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(s).__name__)
    if all(c in _NEEDS_NO_QUOTES for c in s):
        return s
    # Inside single quotes nothing is special; a single quote itself closes
    # the quoting, is written double-quoted, and the quoting reopens.
    return "'" + s.replace("'", "'\"'\"'") + "'"
