"""Wrapping and filling of plain text.

wrap() cuts a paragraph into lines of at most `width` characters, fill() joins
those lines, shorten() squeezes text onto one line with a placeholder for what
does not fit; TextWrapper holds the options. dedent() and indent() remove and
add a margin.

Text is cut into chunks (runs of whitespace, words, the parts of hyphenated
words, em-dashes) by a scanner implementing the same rules as CPython's
word-splitting regular expression.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these count as whitespace when splitting (not, e.g., no-break spaces).
_whitespace = "\t\n\x0b\x0c\r "


# --- splitting text into chunks ---------------------------------------------------

def _is_word_char(char):
    # What \w matches in a str pattern.
    return char.isalnum() or char == "_"


def _is_letter(char):
    # A word character that is not a digit: [^\d\W].
    return _is_word_char(char) and not char.isdecimal()


def _may_precede_dash(char):
    # Characters after which "--" counts as an em-dash.
    return _is_word_char(char) or char in "!\"'&.,?"


def _letter_at(text, index):
    return 0 <= index < len(text) and _is_letter(text[index])


def _em_dash_length(text, start):
    """The length of the em-dash at text[start]: two or more '-' following
    word-like punctuation and followed by a word character; 0 if none."""
    if start == 0 or not _may_precede_dash(text[start - 1]):
        return 0
    end = start
    while end < len(text) and text[end] == "-":
        end += 1
    if end - start >= 2 and end < len(text) and _is_word_char(text[end]):
        return end - start
    return 0


def _breaks_after_hyphen(text, index):
    """Whether a hyphenated word may be cut after the '-' at text[index]: the
    hyphen ends two letters (or letter, hyphen, letter) and a letter follows,
    then maybe a hyphen, then another letter."""
    if index >= len(text) or text[index] != "-":
        return False
    two_letters = _letter_at(text, index - 2) and _letter_at(text, index - 1)
    spaced_letters = (_letter_at(text, index - 3) and text[index - 2] == "-"
                      and _letter_at(text, index - 1))
    if not (two_letters or spaced_letters):
        return False
    if not _letter_at(text, index + 1):
        return False
    if _letter_at(text, index + 2):
        return True
    return (index + 2 < len(text) and text[index + 2] == "-"
            and _letter_at(text, index + 3))


def _word_end(text, start):
    """Where the word chunk beginning at text[start] ends: at the first place
    that is just after a breakable hyphen, at whitespace or the end, or just
    before an em-dash."""
    stop = start + 1
    while True:
        if _breaks_after_hyphen(text, stop):
            return stop + 1
        if stop == len(text) or text[stop] in _whitespace:
            return stop
        if _em_dash_length(text, stop):
            return stop
        stop += 1


def _whitespace_end(text, start):
    end = start
    while end < len(text) and text[end] in _whitespace:
        end += 1
    return end


def _split_on_hyphens(text):
    """Chunks: whitespace runs, em-dashes, and words cut after the hyphens of
    hyphenated words."""
    chunks = []
    start = 0
    while start < len(text):
        if text[start] in _whitespace:
            end = _whitespace_end(text, start)
        else:
            end = start + (_em_dash_length(text, start)
                           or _word_end(text, start) - start)
        chunks.append(text[start:end])
        start = end
    return chunks


def _split_on_whitespace(text):
    """Chunks: the runs of whitespace and the runs of anything else."""
    chunks = []
    start = 0
    while start < len(text):
        in_space = text[start] in _whitespace
        end = start + 1
        while end < len(text) and (text[end] in _whitespace) == in_space:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _ends_sentence(chunk):
    """A lower-case ASCII letter, then '.', '!' or '?', maybe a closing quote."""
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?"
            and "a" <= chunk[-2] <= "z")


# --- the wrapper ------------------------------------------------------------------

class TextWrapper:
    """The options of wrap() and fill(), and the algorithm.

    width: the longest a line may be; initial_indent / subsequent_indent: put
    in front of the first / the other lines; expand_tabs and tabsize: tabs
    become spaces first; replace_whitespace: every other whitespace character
    becomes a space; fix_sentence_endings: two spaces after a sentence;
    break_long_words: a word longer than a line is cut, else it gets a line of
    its own; drop_whitespace: whitespace at the start and end of lines goes;
    break_on_hyphens: lines may end after the hyphens of compound words;
    max_lines: at most that many lines, the last ending in placeholder.

    Subclasses may change _split(), _handle_long_word() or _wrap_chunks().
    """

    unicode_whitespace_trans = {ord(char): ord(" ") for char in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=" [...]"):
        # Line size and count.
        self.width = width
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        # Whitespace.
        self.expand_tabs = expand_tabs
        self.tabsize = tabsize
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # Where lines may end.
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens

    # -- preparing the chunks

    def _munge_whitespace(self, text):
        """text with tabs expanded and whitespace made spaces, as configured."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The chunks of text, none of them empty."""
        # A subclass (or instance) may bring its own regular expressions.
        custom = getattr(self, "wordsep_re" if self.break_on_hyphens is True
                         else "wordsep_simple_re", None)
        if custom is not None:
            chunks = custom.split(text)
        elif self.break_on_hyphens is True:
            chunks = _split_on_hyphens(text)
        else:
            chunks = _split_on_whitespace(text)
        return [chunk for chunk in chunks if chunk]

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        """Widens the single space after each sentence end to two, in place."""
        index = 0
        while index + 1 < len(chunks):
            if chunks[index + 1] == " " and _ends_sentence(chunks[index]):
                chunks[index + 1] = "  "
                index += 2
            else:
                index += 1

    # -- filling lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deals with the next chunk (reversed_chunks[-1]) when it is longer than
        a whole line: cut it to fill the current line, or move it whole onto an
        empty line when long words may not be broken."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Better to cut just after a hyphen that fits, provided something
            # other than hyphens comes before it.
            hyphen = word.rfind("-", 0, room)
            if hyphen > 0 and word[:hyphen].strip("-"):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_placeholder_fits(self):
        if self.max_lines is None:
            return
        indent = (self.subsequent_indent if self.max_lines > 1
                  else self.initial_indent)
        if len(indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """The lines made of chunks (a list, used up in the process)."""
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        self._check_placeholder_fits()
        lines = []
        # Reversed, so that the next chunk is always chunks[-1].
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line goes, except on the first line.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            line, length = self._take_while_fitting(chunks, width)
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == "":
                length -= len(line.pop())
            if not line:
                continue
            if self._line_allowed(len(lines), chunks, length, width):
                lines.append(indent + "".join(line))
            else:
                self._end_with_placeholder(lines, line, length, width, indent)
                break
        return lines

    @staticmethod
    def _take_while_fitting(chunks, width):
        line, length = [], 0
        while chunks and length + len(chunks[-1]) <= width:
            length += len(chunks[-1])
            line.append(chunks.pop())
        return line, length

    def _line_allowed(self, lines_done, chunks, length, width):
        """Whether a line may be added as it is: max_lines leaves room, or it is
        the last line anyway (nothing but whitespace to be dropped is left)."""
        if self.max_lines is None or lines_done + 1 < self.max_lines:
            return True
        nothing_left = not chunks or (self.drop_whitespace and len(chunks) == 1
                                      and not chunks[0].strip())
        return nothing_left and length <= width

    def _end_with_placeholder(self, lines, line, length, width, indent):
        """Ends the text: the placeholder goes after the last words of line that
        leave it room, else after the previous line, else on a line alone."""
        while line:
            if line[-1].strip() and length + len(self.placeholder) <= width:
                lines.append(indent + "".join(line) + self.placeholder)
                return
            length -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    # -- public interface

    def wrap(self, text):
        """The lines (without newlines) of text, a single paragraph."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines of text joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (options as for TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut at a word to fit width with the
    placeholder at the end when it is too long."""
    collapsed = " ".join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


# --- margins ----------------------------------------------------------------------

def _common_prefix(first, second):
    length = 0
    for a, b in zip(first, second):
        if a != b:
            break
        length += 1
    return first[:length]


def dedent(text):
    """text with the leading spaces and tabs all its lines share removed.
    Lines of only spaces and tabs are emptied and do not count; a tab and a
    space are different indentation."""
    lines = text.split("\n")
    margin = None
    for number, line in enumerate(lines):
        content = line.lstrip(" \t")
        if not content:
            lines[number] = ""
            continue
        indentation = line[:len(line) - len(content)]
        margin = indentation if margin is None else _common_prefix(margin,
                                                                   indentation)
    if margin:
        lines = [line[len(margin):] for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix put in front of its lines: those that are not blank,
    or those for which predicate(line) is true."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
