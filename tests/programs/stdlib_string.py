# the string module
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.capwords("hello   world  of python"), string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c", "-"), string.capwords("ÉCOLE élève"), string.capwords(""))
print(string.capwords("mIxEd CaSe wORDS"), repr(string.capwords("one\ttwo\nthree")))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(sorted(set(string.hexdigits.lower())) == sorted(set(string.digits + "abcdef")))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (test)".translate(table))
print("".join(c for c in "a1b2c3" if c in string.digits), string.ascii_lowercase.index("q"))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError", e)

from string import Template
t = Template("$who likes $what, ${who}'s $$5 deal")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": "tea"}), t.substitute({"who": "x", "what": "y"}, who="kw"))
print(t.safe_substitute(who="bob"), t.get_identifiers(), t.is_valid())
print(Template("$a$b ${c}d $_e1 $1").safe_substitute(a=1, b=2, c=3, _e1=4))
print(Template("100$").safe_substitute(), Template("$").is_valid(), Template("${bad").safe_substitute())
print(Template("").substitute(), Template("no placeholders").substitute(x=1))
for tmpl, kw in [("$who", {}), ("line\nnext $", {}), ("ok ${x", {"x": 1}), ("$1", {}), ("a\n\nb $ c", {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Pct(Template):
    delimiter = "%"
print(Pct("%who costs %%%amt").substitute(who="it", amt=3))
