"""A tiny regular expression engine (Thompson construction) checked against re."""
import re


class State:
    __slots__ = ("char", "out", "out1", "id")
    counter = 0

    def __init__(self, char=None, out=None, out1=None):
        self.char, self.out, self.out1 = char, out, out1
        State.counter += 1
        self.id = State.counter


SPLIT, MATCH, ANY = "SPLIT", "MATCH", "ANY"


def to_postfix(pattern):
    """Insert explicit concatenation ('.') and convert to postfix with the shunting yard."""
    out, ops, prev_atom = [], [], False
    prec = {"|": 1, ".": 2}
    tokens = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            tokens.append(("lit", pattern[i + 1]))
            i += 2
            continue
        tokens.append(("op", c) if c in "|*+?()" else ("any", c) if c == "." else ("lit", c))
        i += 1
    for kind, c in tokens:
        atom_start = kind in ("lit", "any") or (kind == "op" and c == "(")
        if atom_start and prev_atom:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec["."]:
                out.append(("op", ops.pop()))
            ops.append(".")
        if kind in ("lit", "any"):
            out.append((kind, c))
            prev_atom = True
        elif c == "(":
            ops.append(c)
            prev_atom = False
        elif c == ")":
            while ops[-1] != "(":
                out.append(("op", ops.pop()))
            ops.pop()
            prev_atom = True
        elif c in "*+?":
            out.append(("op", c))
            prev_atom = True
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[c]:
                out.append(("op", ops.pop()))
            ops.append(c)
            prev_atom = False
    while ops:
        out.append(("op", ops.pop()))
    return out


def patch(dangling, state):
    for s, attr in dangling:
        setattr(s, attr, state)


def compile_nfa(pattern):
    stack = []
    for kind, c in to_postfix(pattern):
        if kind in ("lit", "any"):
            s = State(ANY if kind == "any" else c)
            stack.append((s, [(s, "out")]))
        elif c == ".":
            (s2, d2), (s1, d1) = stack.pop(), stack.pop()
            patch(d1, s2)
            stack.append((s1, d2))
        elif c == "|":
            (s2, d2), (s1, d1) = stack.pop(), stack.pop()
            stack.append((State(SPLIT, s1, s2), d1 + d2))
        elif c == "*":
            s1, d1 = stack.pop()
            s = State(SPLIT, s1)
            patch(d1, s)
            stack.append((s, [(s, "out1")]))
        elif c == "+":
            s1, d1 = stack.pop()
            s = State(SPLIT, s1)
            patch(d1, s)
            stack.append((s1, [(s, "out1")]))
        elif c == "?":
            s1, d1 = stack.pop()
            s = State(SPLIT, s1)
            stack.append((s, d1 + [(s, "out1")]))
    start, dangling = stack.pop()
    patch(dangling, State(MATCH))
    return start


def closure(states):
    result, stack = set(), list(states)
    while stack:
        s = stack.pop()
        if s is None or s in result:
            continue
        result.add(s)
        if s.char == SPLIT:
            stack += [s.out, s.out1]
    return result


def full_match(start, text):
    current = closure([start])
    for ch in text:
        current = closure([s.out for s in current if s.char == ch or (s.char == ANY and ch != "\n")])
        if not current:
            return False
    return any(s.char == MATCH for s in current)


cases = {
    "a(b|c)*d": ["ad", "abd", "abcbcd", "abx", "a", "abcbcbcbcbcbcbcd"],
    "(ab)+c?": ["ab", "ababc", "abc", "ac", "", "abab"],
    "colou?r": ["color", "colour", "colouur"],
    "x.y": ["xay", "x.y", "xy", "x\ny"],
    "(0|1(01*0)*1)*": ["", "0", "11", "110", "1001", "111", "10010"],
    "a\\*b": ["a*b", "ab", "aab"],
    "(a|b)*abb": ["abb", "aabb", "babb", "ab", "abba"],
}
total = agree = 0
for pattern, texts in cases.items():
    State.counter = 0
    nfa = compile_nfa(pattern)
    postfix = "".join(c for _, c in to_postfix(pattern))
    row = []
    for t in texts:
        mine = full_match(nfa, t)
        ref = re.fullmatch(pattern, t) is not None
        total += 1
        agree += mine == ref
        row.append(f"{t!r}:{'Y' if mine else 'n'}{'' if mine == ref else '!'}")
    print(f"{pattern:<16} postfix={postfix:<18} states={State.counter:<3}", " ".join(row))
print(f"agreement with re: {agree}/{total}")
multiples_of_3 = compile_nfa("(0|1(01*0)*1)*")
print([n for n in range(40) if full_match(multiples_of_3, format(n, "b"))])
evil = "a?" * 20 + "a" * 20
print("pathological pattern handled:", full_match(compile_nfa(evil), "a" * 20), State.counter > 0)
