# re.Scanner: first matching phrase wins, callable actions get the scanner and text,
# None drops a match, scanning stops at the first position no phrase matches.
import re

def number(scanner, text):
    return ("NUM", int(text), scanner.match.span())

sc = re.Scanner([
    (r"\d+", number),
    (r"[a-z]+", lambda s, t: ("WORD", t)),
    (r"[+*/-]", "OP"),
    (r"\s+", None),
])
print(sc.scan("12 + abc*7 / x9"))
print(sc.scan("ok 1 ?? rest"))
print(sc.scan(""))
# flags apply to every phrase
ci = re.Scanner([(r"select|from", lambda s, t: t.upper()), (r"\w+", lambda s, t: t.lower()), (r"\s+", None)], re.I)
print(ci.scan("SELECT Name FROM Users"))
# an empty match ends the scan
print(re.Scanner([(r"a*", lambda s, t: t)]).scan("aab"))
# a phrase with its own groups still maps to its action
g = re.Scanner([(r"(\d+)-(\d+)", lambda s, t: ("RANGE", t)), (r"\d+", "N"), (r",", None)])
print(g.scan("1-3,5,7-9"))
print(type(sc.scanner).__name__, sc.lexicon[2])
