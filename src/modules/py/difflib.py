"""Comparing sequences and describing their differences.

SequenceMatcher finds the matching blocks of two sequences of hashable items;
on top of it, Differ / ndiff write a line-by-line delta with intraline hints,
unified_diff / context_diff the two classic patch formats, and
get_close_matches picks the most similar words from a list.
"""

from collections import namedtuple as _namedtuple

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ",
           "IS_CHARACTER_JUNK", "IS_LINE_JUNK", "context_diff", "unified_diff",
           "diff_bytes", "Match"]

Match = _namedtuple("Match", "a b size")


def _similarity(matched, total_length):
    """2*M/T, the similarity measure of SequenceMatcher; two empty sequences are
    identical."""
    return 2.0 * matched / total_length if total_length else 1.0


# --- matching ---------------------------------------------------------------------

class SequenceMatcher:
    """Compares two sequences of hashable items, a and b.

    The longest block the two have in common is found first, then the same is
    done on the parts left and right of it, recursively. Items of b for which
    isjunk() is true never start a match (they can only extend one), and with
    autojunk, when b has 200 items or more, so do "popular" items: those making
    up more than 1% of b. Matches are found from b's index, so a changing a
    with a fixed b is the cheap way to compare many sequences to one.
    """

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Sets both sequences."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Sets the first sequence; the index of b is kept."""
        if a is self.a:
            return
        self.a = a
        self._forget_results()

    def set_seq2(self, b):
        """Sets the second sequence and indexes it."""
        if b is self.b:
            return
        self.b = b
        self._forget_results()
        self.fullbcount = None
        self._index_b()

    def _forget_results(self):
        self.matching_blocks = self.opcodes = None

    def _index_b(self):
        # b2j: each item of b -> the ascending positions where it occurs, junk
        # and popular items left out (they are kept in bjunk and bpopular).
        positions = {}
        for index, item in enumerate(self.b):
            positions.setdefault(item, []).append(index)
        junk = set()
        if self.isjunk:
            junk.update(item for item in positions if self.isjunk(item))
        for item in junk:
            del positions[item]
        popular = set()
        if self.autojunk and len(self.b) >= 200:
            limit = len(self.b) // 100 + 1
            popular.update(item for item, where in positions.items()
                           if len(where) > limit)
        for item in popular:
            del positions[item]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+size] == b[j:j+size] inside a[alo:ahi] and
        b[blo:bhi], as Match(i, j, size).

        Of several equally long blocks the one starting first in a wins, then
        the one starting first in b. The block found among non-junk items is
        then widened on both sides, first by equal non-junk (popular) items,
        then by equal junk items. With no match, size is 0 (at alo, blo).
        """
        if ahi is None:
            ahi = len(self.a)
        if bhi is None:
            bhi = len(self.b)
        i, j, size = self._longest_indexed_run(alo, ahi, blo, bhi)
        for junk_side in (False, True):
            i, j, size = self._widen(i, j, size, alo, ahi, blo, bhi, junk_side)
        return Match(i, j, size)

    def _longest_indexed_run(self, alo, ahi, blo, bhi):
        a, positions = self.a, self.b2j
        best = (alo, blo, 0)
        # run_ending[j]: length of the common run ending at a[i - 1] and b[j].
        run_ending = {}
        for i in range(alo, ahi):
            runs_here = {}
            for j in positions.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_ending.get(j - 1, 0) + 1
                runs_here[j] = length
                if length > best[2]:
                    best = (i - length + 1, j - length + 1, length)
            run_ending = runs_here
        return best

    def _widen(self, i, j, size, alo, ahi, blo, bhi, junk_side):
        """Grows the block a[i:i+size] == b[j:j+size] over neighbouring equal
        items whose b side is junk (junk_side) or is not."""
        a, b, junk = self.a, self.b, self.bjunk

        def joins(ai, bj):
            return (b[bj] in junk) == junk_side and a[ai] == b[bj]

        while i > alo and j > blo and joins(i - 1, j - 1):
            i, j, size = i - 1, j - 1, size + 1
        while i + size < ahi and j + size < bhi and joins(i + size, j + size):
            size += 1
        return i, j, size

    def get_matching_blocks(self):
        """The matching blocks, as Match(i, j, n) with a[i:i+n] == b[j:j+n], in
        increasing order, neighbouring blocks merged, followed by the end marker
        Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, size = block
            if not size:
                continue
            found.append(block)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                pending.append((i + size, ahi, j + size, bhi))
        found.sort()
        merged = _merge_adjacent(found)
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match._make(block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """How to turn a into b: a list of (tag, i1, i2, j1, j2) where tag is
        'equal' (a[i1:i2] == b[j1:j2]), 'replace', 'delete' (j1 == j2) or
        'insert' (i1 == i2). The ranges follow each other without gaps."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for block_i, block_j, size in self.get_matching_blocks():
            # The gap before a block is a change: both sides, or one of them.
            if i < block_i:
                tag = "replace" if j < block_j else "delete"
                steps.append((tag, i, block_i, j, block_j))
            elif j < block_j:
                steps.append(("insert", i, block_i, j, block_j))
            i, j = block_i + size, block_j + size
            if size:
                steps.append(("equal", block_i, i, block_j, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """The opcodes cut into hunks of changes with up to n items of
        unchanged context around them (as in a unified diff); yields lists."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # Trim the unchanged runs at both ends to the context wanted. (This
        # edits the list get_opcodes() keeps, as CPython does.)
        tag, i1, i2, j1, j2 = codes[0]
        if tag == "equal":
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == "equal":
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        hunk = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > 2 * n:
                # Too long to keep whole: its head closes this hunk and its
                # tail opens the next.
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == "equal"):
            yield hunk

    def ratio(self):
        """Similarity of the sequences, from 0.0 to 1.0: 2*M/T, M items matched
        out of T in both."""
        matched = sum(block[-1] for block in self.get_matching_blocks())
        return _similarity(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(), counting the items the two have in common
        regardless of order."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        # How many of each item of b are still free to pair with one of a.
        left = dict(self.fullbcount)
        matched = 0
        for item in self.a:
            free = left.get(item, 0)
            left[item] = free - 1
            if free > 0:
                matched += 1
        return _similarity(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _similarity(min(len_a, len_b), len_a + len_b)


def _merge_adjacent(blocks):
    """Sorted (i, j, size) blocks with those that continue each other joined."""
    merged = []
    for i, j, size in blocks:
        if merged:
            last_i, last_j, last_size = merged[-1]
            if last_i + last_size == i and last_j + last_size == j:
                merged[-1] = (last_i, last_j, last_size + size)
                continue
        merged.append((i, j, size))
    return merged


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches for word among possibilities, best first;
    only those whose similarity ratio reaches cutoff (0.0 to 1.0) qualify."""
    if not n > 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds rule most candidates out before the real ratio.
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


# --- line-by-line deltas ----------------------------------------------------------

def _hint_line(line, marks):
    """The marks under a line for a '? ' hint, where a mark under whitespace
    copies that whitespace (so tabs line up), trailing blanks dropped."""
    shown = [char if mark == " " and char.isspace() else mark
             for char, mark in zip(line, marks)]
    return "".join(shown).rstrip()


# Intraline marks for each kind of opcode: (under the old line, under the new).
_MARKS = {"equal": (" ", " "), "replace": ("^", "^"), "delete": ("-", ""),
          "insert": ("", "+")}


class Differ:
    """Writes the difference of two lists of lines as lines starting with
    '- ' (only in the first), '+ ' (only in the second), '  ' (in both) or
    '? ' (pointing out the changes within a line that changed a little).

    linejunk and charjunk are junk filters for the line and the character
    comparisons (see SequenceMatcher)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yields the delta lines turning lines a into lines b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == "equal":
                yield from self._dump(" ", a, alo, ahi)
            elif tag == "delete":
                yield from self._dump("-", a, alo, ahi)
            elif tag == "insert":
                yield from self._dump("+", b, blo, bhi)
            elif tag == "replace":
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                raise ValueError(f"unknown tag {tag!r}")

    def _dump(self, tag, lines, lo, hi):
        for index in range(lo, hi):
            yield f"{tag} {lines[index]}"

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter side first.
        removed = self._dump("-", a, alo, ahi)
        added = self._dump("+", b, blo, bhi)
        first, second = (added, removed) if bhi - blo < ahi - alo else (removed, added)
        yield from first
        yield from second

    def _closest_pair(self, a, alo, ahi, b, blo, bhi):
        """(i, j, similar) for the pair of lines to line the replaced blocks up
        on: the most similar pair (ratio at least 0.75, similar=True), else the
        first identical pair (similar=False), else None."""
        matcher = SequenceMatcher(self.charjunk)
        threshold = 0.74
        best = None
        identical = None
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j, False)
                    continue
                matcher.set_seq1(a[i])
                if (matcher.real_quick_ratio() > threshold
                        and matcher.quick_ratio() > threshold
                        and matcher.ratio() > threshold):
                    threshold = matcher.ratio()
                    best = (i, j, True)
        # A best ratio above 0.74 but below 0.75 is not good enough either.
        if best is not None and threshold >= 0.75:
            return best
        return identical

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Line the two blocks up on their most alike lines and recurse on what
        # lies before and after that pair.
        pair = self._closest_pair(a, alo, ahi, b, blo, bhi)
        if pair is None:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        i, j, similar = pair
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if similar:
            yield from self._describe_line_change(a[i], b[j])
        else:
            yield "  " + a[i]
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _describe_line_change(self, old, new):
        matcher = SequenceMatcher(self.charjunk, old, new)
        old_marks, new_marks = [], []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag not in _MARKS:
                raise ValueError(f"unknown tag {tag!r}")
            under_old, under_new = _MARKS[tag]
            old_marks.append(under_old * (i2 - i1))
            new_marks.append(under_new * (j2 - j1))
        yield from self._qformat(old, new, "".join(old_marks), "".join(new_marks))

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump("-", a, alo, ahi)
        elif blo < bhi:
            yield from self._dump("+", b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        old_hint = _hint_line(aline, atags)
        new_hint = _hint_line(bline, btags)
        yield "- " + aline
        if old_hint:
            yield "? " + old_hint + "\n"
        yield "+ " + bline
        if new_hint:
            yield "? " + new_hint + "\n"


def IS_LINE_JUNK(line, pat=None):
    """True for a line that is blank or holds only a '#' (with whitespace);
    pat, when given, is a match function deciding instead."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ("", "#")


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab (the characters in ws)."""
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ delta of two lists of lines (spaces and tabs are character
    junk by default)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two line lists a Differ delta was made from: which=1 the
    first, 2 the second."""
    try:
        own_prefix = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError(f"unknown delta choice (must be 1 or 2): {which!r}"
                         ) from None
    for line in delta:
        if line[:2] in ("  ", own_prefix):
            yield line[2:]


# --- patch formats ----------------------------------------------------------------

def _require_str(a, b, texts):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            first = lines[0]
            raise TypeError(f"lines to compare must be str, not "
                            f"{type(first).__name__} ({first!r})")
    for text in texts:
        if not isinstance(text, str):
            raise TypeError(f"all arguments must be str, not: {text!r}")


def _file_line(marker, name, date, lineterm):
    stamp = "\t" + date if date else ""
    return f"{marker} {name}{stamp}{lineterm}"


def _unified_range(start, stop):
    # "first,count" counting from 1; a count of 1 is left out, and an empty
    # range names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    first = start + 1 if count else start
    return f"{first},{count}"


def _context_range(start, stop):
    # "first,last" counting from 1; a single line (or an empty range, which
    # names the line before it) is one number.
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return f"{first},{first + count - 1}"


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="",
                 n=3, lineterm="\n"):
    """Yields the lines of a unified diff of the line lists a and b, with n
    lines of context. lineterm ends the lines the diff makes itself (set it to
    "" for lines without newlines)."""
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if number == 0:
            yield _file_line("---", fromfile, fromfiledate, lineterm)
            yield _file_line("+++", tofile, tofiledate, lineterm)
        old_range = _unified_range(hunk[0][1], hunk[-1][2])
        new_range = _unified_range(hunk[0][3], hunk[-1][4])
        yield f"@@ -{old_range} +{new_range} @@{lineterm}"
        for tag, i1, i2, j1, j2 in hunk:
            if tag == "equal":
                yield from (" " + line for line in a[i1:i2])
                continue
            if tag != "insert":
                yield from ("-" + line for line in a[i1:i2])
            if tag != "delete":
                yield from ("+" + line for line in b[j1:j2])


_CONTEXT_PREFIXES = {"equal": "  ", "replace": "! ", "delete": "- ",
                     "insert": "+ "}


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="",
                 n=3, lineterm="\n"):
    """Yields the lines of a context diff of the line lists a and b, with n
    lines of context (see unified_diff for lineterm)."""
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if number == 0:
            yield _file_line("***", fromfile, fromfiledate, lineterm)
            yield _file_line("---", tofile, tofiledate, lineterm)
        yield "***************" + lineterm
        tags = {step[0] for step in hunk}
        yield f"*** {_context_range(hunk[0][1], hunk[-1][2])} ****{lineterm}"
        # Each side is listed only when something changed on it.
        if tags & {"replace", "delete"}:
            for tag, i1, i2, _, _ in hunk:
                if tag != "insert":
                    yield from (_CONTEXT_PREFIXES[tag] + line for line in a[i1:i2])
        yield f"--- {_context_range(hunk[0][3], hunk[-1][4])} ----{lineterm}"
        if tags & {"replace", "insert"}:
            for tag, _, _, j1, j2 in hunk:
                if tag != "delete":
                    yield from (_CONTEXT_PREFIXES[tag] + line for line in b[j1:j2])


def diff_bytes(dfunc, a, b, fromfile=b"", tofile=b"", fromfiledate=b"",
               tofiledate=b"", n=3, lineterm=b"\n"):
    """Runs dfunc (unified_diff or context_diff) on lists of bytes lines and
    yields the diff lines as bytes."""
    # Latin-1 takes every byte to one character and back, so the diff of the
    # text is the diff of the bytes. (CPython uses ascii with surrogateescape,
    # which this interpreter's strings cannot hold.)
    def as_text(value):
        try:
            return value.decode("latin-1")
        except AttributeError as err:
            raise TypeError(f"all arguments must be bytes, not "
                            f"{type(value).__name__} ({value!r})") from err

    a_text = [as_text(line) for line in a]
    b_text = [as_text(line) for line in b]
    labels = [as_text(value)
              for value in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a_text, b_text, *labels, n, as_text(lineterm)):
        yield line.encode("latin-1")
