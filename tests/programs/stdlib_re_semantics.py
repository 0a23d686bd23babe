# Matching semantics: backtracking, alternation order, repeats, lookarounds,
# backreferences, conditionals, atomic groups and possessive repeats, anchors.
import re

def show(p, s, flags=0):
    m = re.search(p, s, flags)
    if m is None:
        print(repr(p), repr(s), None)
    else:
        print(repr(p), repr(s), m.span(), m.groups(), m.lastindex)

cases = [
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(a+)(a+)", "aaaa"), (r"(a+?)(a+)", "aaaa"),
    (r"(a*)*", "b"), (r"(a*)+", "b"), (r"(a|b)*", "ab"), (r"(a|b)*?c", "abc"),
    (r"(?:(a)|b)*", "ab"), (r"(?:(a)|(b))*", "abab"), (r"(a)|(b)", "b"),
    (r"((a)|b)+", "ab"), (r"(a*)*?b", "aab"), (r"(a{2,3})*", "aaaaaaa"),
    (r"(a{2,3}?)*", "aaaaaaa"), (r"(a{2,3}?)*?$", "aaaaaaa"), (r"a{,2}", "aaa"),
    (r"a{2,}", "aaaaa"), (r"a{0}", "aaa"), (r"x{1,3}?y", "xxxy"), (r"(ab){2}", "ababab"),
    (r"(?:a|)*b", "aab"), (r"(|a)*b", "aab"), (r"(a|)+?b", "aab"), (r"(a?)*?b", "ab"),
    (r"(?=(a+))a*b\1", "baaabac"), (r"(?=(\w+))", "  ab"), (r"(?!a)\w", "ab"),
    (r"(?<=a)b", "ab"), (r"(?<!a)b", "ab cb"), (r"(?<=\d{3})x", "12x 123x"),
    (r"(?<=(a))b", "ab"), (r"(?<!(a))b", "cb"), (r"(?<=^)a", "a"), (r"(?<=a\b)", "a b"),
    (r"(a)(?<=\1)", "aa"), (r"(\w+)\s+\1", "hello hello world"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""),
    (r"(a)?(?(1)b|c)", "c"), (r"(a)?(?(1)b|c)", "ab"), (r"(?P<x>a)?(?(x)b)", "b"), (r"^(<)?\w+(?(1)>)$", "<ab>"),
    (r"^(<)?\w+(?(1)>)$", "<ab"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"(?>a|ab)c", "abc"),
    (r"a++a", "aaa"), (r"a*+b", "aab"), (r"(?:ab)++b", "ababb"), (r"a?+a", "a"), (r"a{1,2}+a", "aaa"),
    (r"\d++\.", "123."), (r"(a|ab)++c", "abc"), (r"x*+", "xxx"),
    (r"^abc$", "abc\n"), (r"^abc\Z", "abc\n"), (r"\Aabc", "xabc"), (r"a$", "a\nb"), (r"a$", "b\na\n"),
    (r"(?m)a$", "a\nb"), (r"(?m)^b", "a\nb"), (r"^b", "a\nb"), (r"$", "ab\n"), (r".$", "ab\n"),
    (r"(?s).+", "a\nb"), (r".+", "a\nb"), (r"\bfoo\b", "a foo."), (r"\Bo\B", "foo"), (r"\b", ""),
    (r"\B", ""), (r"\b", "a"), (r"\B", "a"), (r"(?i)[a-z]+", "HeLLo"), (r"(?i)K", "\u212a"),
    (r"(?i)\u212a", "k"), (r"(?i)s", "\u017f"), (r"(?i)[s]", "\u017f"), (r"(?i)[\u017f]", "S"),
    (r"(?i)ß", "\u1e9e"), (r"(?i)[ß]", "\u1e9e"), (r"(?i)σ", "ς"), (r"(?i)Σ", "ς"), (r"(?i)[^a]", "A"),
    (r"(?i)(a)\1", "aA"), (r"(?i:a)b", "Ab"), (r"(?i:a)b", "AB"), (r"a(?i)", "A"),
    (r"(?x) a b # comment\n c", "abc"), (r"(?x)[ ]a", " a"), (r"(?x)a\ b", "a b"), (r"(?x)a{2} ", "aa"),
    (r"(?x: a b )c", "abc"), (r"(?x)a(?-x: b)", "a b"),
    (r"\d+", "x\u0663\u0664y"), (r"(?a)\d+", "x\u0663\u06642y"), (r"\w+", "héllo wörld"),
    (r"(?a)\w+", "héllo"), (r"\s+", "a\u2003\u00a0b"), (r"(?a)\s+", "a\u2003 b"), (r"[\d\s]+", "1 2\u0663"),
    (r"[^\W\d]+", "ab12cd"), (r"\W+", "ab, cd"), (r"[\w-]+", "a-b c"), (r"[]a]+", "a]a"), (r"[^]a]", "]ab"),
    (r"[a\]]+", "a]"), (r"[-a]+", "-a-"), (r"[a-]+", "-a-"), (r"[\-]", "-"), (r"[.]", "a."), (r"[\n]", "a\nb"),
    (r"\x41\u0042\U00000043\101\0", "ABCA\x00"), (r"\N{GREEK SMALL LETTER ALPHA}", "\u03b1"), (r"[\x41-\x43]+", "ABCD"),
    (r"a\.b\*", "a.b*"), (r"\t\n\r\f\v\a", "\t\n\r\f\v\a"), (r"[\b]", "\b"), (r"\\", "a\\b"), (r"\/\%\!", "/%!"),
    (r"x{", "x{"), (r"x{a}", "x{a}"), (r"x{1,a}", "x{1,a}"), (r"{", "{"), (r"x{}", "x{}"), (r"x{,}", "xxx"),
    (r"(?#comment)a", "a"), (r"(?:)", "a"), (r"()", "a"), (r"(?:)*a", "a"), (r"a|", "b"), (r"|a", "a"),
    (r"(a)(?P<n>b)(c)?", "ab"), (r"((a)(b))", "ab"), (r"(a(b(c)))", "abc"), (r"(a)|(b)|(c)", "c"),
    (r"(?:(?:a*)*)*b", "aaaaaaac"), (r"(x+x+)+y", "xxxxxxxx"),
    (r"(a|aa)*?(b)", "aaab"), (r"(?:a(?=b)|ab)+", "abab"), (r"(?=a)*b", "ab"), (r"(?!)", "a"), (r"(?=)", "a"),
]
for c in cases:
    try:
        show(*c)
    except Exception as e:
        print(repr(c[0]), type(e).__name__, e)

print(re.match(r"a+", "baaa", ), re.match(r"a+", "baaa"[1:]))
p = re.compile(r"a+")
print(p.match("baaa", 1), p.search("baaab", 0, 3), p.fullmatch("baaa", 1), p.fullmatch("baaab", 1, 4))
print(re.compile(r"^a").search("ba", 1), re.compile(r"(?m)^a").search("b\na", 1), re.compile(r"a$").search("ab", 0, 1))
print(re.compile(r"\b").search("ab", 1), re.compile(r"(?<=b)a").search("ba", 1), re.compile(r"a(?=b)").search("ab", 0, 1))
print(p.match("aaa", 5), p.search("aaa", -5, 99), p.match("aaa", 2, 1), p.search("aaa", 2, 1))
print(re.fullmatch(r"a*?", "aaa"), re.fullmatch(r"(a|ab)", "ab"), re.fullmatch(r"a+?b*?", "aabb"))
print(re.fullmatch(r"x*", ""), re.fullmatch(r"x", ""), re.search(r"", ""), re.search(r"$", ""))
# deep recursion in the pattern must not crash
long = "a" * 100000
print(len(re.match(r"(?:a|b)*", long).group()), len(re.match(r"(a)*", long).group()), len(re.match(r"(?:a*?)*?$", "a" * 1000).group()))
print(re.match(r"((((((((((a))))))))))\10", "aa").groups())
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk").lastindex)
print(re.match(r"(a)\1\01", "aa\x01"))
