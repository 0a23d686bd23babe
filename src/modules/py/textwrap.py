"""Text wrapping and filling.

TextWrapper, wrap, fill, shorten, dedent and indent, behaving like
CPython's textwrap. Text is split into chunks (words, whitespace runs,
hyphenated word parts and em-dashes) by a hand-written scanner that
follows the same rules as CPython's word-separator regular expression.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts, as in CPython (not non-breaking spaces).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # regex \w: alphanumerics plus underscore
    return c.isalnum() or c == '_'


def _is_letter(c):
    # regex [^\d\W]: a word character that is not a decimal digit
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(s, i):
    """Number of consecutive '-' starting at s[i]."""
    k = i
    while k < len(s) and s[k] == '-':
        k += 1
    return k - i


def _emdash_at(s, i):
    """Length of an em-dash ('--' or longer, after word punctuation and
    before a word character) starting at s[i], or 0."""
    if i == 0 or not _is_word_punct(s[i - 1]):
        return 0
    k = _dash_run(s, i)
    if k >= 2 and i + k < len(s) and _is_word(s[i + k]):
        return k
    return 0


def _hyphen_break(s, q):
    """True if the '-' at s[q] ends a breakable part of a hyphenated word."""
    if s[q] != '-':
        return False
    # behind: two letters, or letter-hyphen-letter, before the hyphen
    if not (q >= 2 and _is_letter(s[q - 2]) and _is_letter(s[q - 1])):
        if not (q >= 3 and _is_letter(s[q - 3]) and s[q - 2] == '-'
                and _is_letter(s[q - 1])):
            return False
    # ahead: letter, optional hyphen, letter
    r = q + 1
    if r >= len(s) or not _is_letter(s[r]):
        return False
    r += 1
    if r < len(s) and s[r] == '-' and r + 1 < len(s) and _is_letter(s[r + 1]):
        return True
    return r < len(s) and _is_letter(s[r])


def _split_words(s):
    """Split text into chunks, breaking on whitespace, hyphens and em-dashes."""
    chunks = []
    i, n = 0, len(s)
    while i < n:
        if s[i] in _whitespace:
            j = i + 1
            while j < n and s[j] in _whitespace:
                j += 1
        else:
            k = _emdash_at(s, i)
            if k:
                j = i + k
            else:
                # shortest run of non-whitespace ending at a hyphen break,
                # at whitespace/end of text, or before an em-dash
                q = i + 1
                while True:
                    if q < n and _hyphen_break(s, q):
                        j = q + 1
                        break
                    if q >= n or s[q] in _whitespace:
                        j = q
                        break
                    if _is_word_punct(s[q - 1]) and s[q] == '-':
                        k = _dash_run(s, q)
                        if k >= 2 and q + k < n and _is_word(s[q + k]):
                            j = q
                            break
                    q += 1
        chunks.append(s[i:j])
        i = j
    return chunks


def _split_simple(s):
    """Split text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    i, n = 0, len(s)
    while i < n:
        ws = s[i] in _whitespace
        j = i + 1
        while j < n and (s[j] in _whitespace) == ws:
            j += 1
        chunks.append(s[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then an optional quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = {}
    for _c in _whitespace:
        unicode_whitespace_trans[ord(_c)] = ord(' ')
    del _c

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure two spaces follow every sentence-ending chunk."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer breaking just after the last hyphen that fits,
                # unless everything before it is hyphens
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # an over-long word alone on its line
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines from the chunks, honouring width and max_lines."""
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        # Work from the end of a reversed list: pop() is cheap.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # leading whitespace is dropped, except at the start of the text
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                last_allowed = (self.max_lines is None
                                or len(lines) + 1 < self.max_lines)
                rest_empty = (not chunks or self.drop_whitespace and
                              len(chunks) == 1 and not chunks[0].strip())
                if last_allowed or (rest_empty and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    self._add_placeholder(lines, cur_line, cur_len, width, indent)
                    break
        return lines

    def _add_placeholder(self, lines, cur_line, cur_len, width, indent):
        """Finish the last allowed line with the placeholder."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of lines
        (without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text, returning a new string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    # lines of only blanks and tabs are normalised to empty lines
    for i in range(len(lines)):
        line = lines[i]
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i in range(min(len(margin), len(ind))):
                if margin[i] != ind[i]:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text'.

    By default, prefix is added to lines that are not whitespace-only."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
