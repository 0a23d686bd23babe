import string

f = string.Formatter()
print("Formatter" in string.__all__, string.__all__[-2:])


def parsed(s):
    try:
        return list(f.parse(s))
    except ValueError as e:
        return "ValueError: %s" % e


for s in ['a{0}b', 'a{{b', 'x}}y', '{0!r:>10}', '{}', '{0:{1}}', 'a}', 'a{',
          '{0', '{0!}', '{0!rr}', '{0!r', '{0:', '{a[}]}', '{a[x:y]!s:z}',
          '{0:{{}}}', '}}', '{{}}', 'ab{{', '{!}', '{0!:x}', '{0:}', '{:x}',
          '{a{b}', '{a}}', '{0!r}', '{0!', '{a[', '', 'plain', '{0}{1}{{x}}']:
    print(repr(s), parsed(s))

# the parse result is lazy: fields before an error come out first
it = iter(f.parse("ok{0}then}"))
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy", e)


class P:
    x = 5
    items = ["a", "b"]

    def __repr__(self):
        return "P()"


print(f.format("{0} and {1}", "a", "b"))
print(f.format("{} {} {}", 1, 2.5, "z"))
print(f.format("{name}: {0:>5}|{0:<5}|", 42, name="n"))
print(f.format("{0.x} {0.items[1]} {d[key]} {d[0]} {l[1]}", P(), d={"key": "v", 0: "zero"}, l=[7, 8]))
print(f.format("{0!r} {0!s} {1!a}", P(), "é"))
print(f.format("{0:{1}.{2}f}", 3.14159, 10, 3))
print(f.format("{:{}}|{:{}}", "a", 4, "b", 3))
print(f.format("{{literal}} {0}", "x"))
print(f.format("{0[0]}{0[1]}", "hi"))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))

for s, args, kw in [("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{0!x}", (1,), {}),
                    ("{0:{1:{2}}}", (1, 2, 3), {}), ("{2}", (1,), {}),
                    ("{k}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([],), {}),
                    ("{0[a]}", ({},), {}), ("{0:d}", ("s",), {}),
                    ("{0..x}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}),
                    ("{99999999999999999999999}", (), {})]:
    try:
        print(repr(f.vformat(s, args, kw)))
    except Exception as e:
        print(s, type(e).__name__, e)

print(f.get_field("0.x", [P()], {}))
print(f.get_field("k[1]", [], {"k": "xyz"}))
print(f.get_value(0, ["a"], {}), f.get_value("k", [], {"k": 1}))
print(f.convert_field(3, None), f.convert_field("s", "r"), repr(f.convert_field(3, "s")))
print(f.format_field(3.5, "08.3f"))
print(f.check_unused_args(set(), (), {}))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError("unused: %r" % unused)


s = Strict()
print(s.format("{0}{x}", 1, x=2))
try:
    s.format("{0}", 1, 2, y=3)
except ValueError as e:
    print(e)


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s>" % key)
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


d = Defaulting()
print(d.format("{a} {missing} {a:upper} {0!u} {0!r}", "low", a="x"))


class Upper(string.Formatter):
    # parse() is a hook too: fields are taken from what it yields
    def parse(self, format_string):
        for lit, field, spec, conv in super().parse(format_string):
            yield lit.upper(), field, spec, conv


print(Upper().format("abc {0} def {{}}", "mid"))
