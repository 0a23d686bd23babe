"""Bank OCR kata: read seven-segment account numbers, validate checksums,
and try to repair illegible or wrong entries by flipping one segment."""

DIGITS = {
    " _ | ||_|": "0",
    "     |  |": "1",
    " _  _||_ ": "2",
    " _  _| _|": "3",
    "   |_|  |": "4",
    " _ |_  _|": "5",
    " _ |_ |_|": "6",
    " _   |  |": "7",
    " _ |_||_|": "8",
    " _ |_| _|": "9",
}
PATTERNS = {v: k for k, v in DIGITS.items()}


def render(number):
    rows = ["", "", ""]
    for ch in number:
        pat = PATTERNS[ch]
        for r in range(3):
            rows[r] += pat[r * 3:r * 3 + 3]
    return rows


def split_cells(rows):
    width = max(len(r) for r in rows)
    rows = [r.ljust(width) for r in rows]
    cells = []
    for i in range(0, width, 3):
        cells.append("".join(r[i:i + 3] for r in rows))
    return cells


def parse(rows):
    return "".join(DIGITS.get(cell, "?") for cell in split_cells(rows))


def checksum_ok(number):
    if "?" in number or len(number) != 9:
        return False
    total = sum((9 - i) * int(d) for i, d in enumerate(number))
    return total % 11 == 0


def neighbours(cell):
    """Patterns reachable by adding or removing one stroke."""
    out = []
    for i, ch in enumerate(cell):
        for repl in ("_", "|", " "):
            if repl != ch:
                candidate = cell[:i] + repl + cell[i + 1:]
                if candidate in DIGITS:
                    out.append(DIGITS[candidate])
    return out


def repair(rows):
    cells = split_cells(rows)
    digits = [DIGITS.get(c, "?") for c in cells]
    options = []
    for pos, cell in enumerate(cells):
        for alt in neighbours(cell):
            trial = digits[:]
            trial[pos] = alt
            candidate = "".join(trial)
            if checksum_ok(candidate):
                options.append(candidate)
    return sorted(set(options))


def status(rows):
    number = parse(rows)
    if checksum_ok(number):
        return number
    fixes = repair(rows)
    if len(fixes) == 1:
        return fixes[0]
    if len(fixes) > 1:
        return f"{number} AMB {fixes!r}"
    return f"{number} {'ILL' if '?' in number else 'ERR'}"


def damage(rows, col, row, ch):
    line = list(rows[row])
    line[col] = ch
    rows = rows[:]
    rows[row] = "".join(line)
    return rows


if __name__ == "__main__":
    samples = ["345882865", "457508000", "664371495", "111111111", "490067715",
               "123456789", "000000051", "888888888", "555555555"]
    for s in samples:
        rows = render(s)
        print("\n".join(rows))
        print("=>", status(rows))
        print()
    broken = damage(render("123456789"), 1, 0, "_")
    print("damaged:", parse(broken), "->", status(broken))
    broken = damage(render("490067715"), 4, 1, " ")
    print("damaged:", parse(broken), "->", status(broken))
    counts = {}
    for s in samples:
        key = "ok" if checksum_ok(s) else "bad"
        counts[key] = counts.get(key, 0) + 1
    print(sorted(counts.items()))
