# string.Template: class attributes and subclasses that customise placeholders.
import re
import string
from string import Template

print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
print(repr(Template.pattern.pattern), Template.pattern.flags == re.IGNORECASE | re.VERBOSE)
t = Template('$who likes ${what}; $$5 $')
print(t.safe_substitute(who='tim', what='ham'), t.is_valid(), t.get_identifiers())
m = Template.pattern.search('x $abc')
print(m.group('named'), m.start())


class Percent(Template):
    delimiter = '%'


print(Percent('%a and %{b} cost 100%%').substitute(a=1, b=2))
print(repr(Percent.pattern.pattern) == repr(Template.pattern.pattern).replace('\\\\$', '%'))


class Dotted(Template):
    idpattern = r'(?a:[_a-z][_a-z0-9.]*)'


d = Dotted('$user.name is ${user.age} $$ $x')
print(d.substitute({'user.name': 'Ann', 'user.age': 30, 'x': 'X'}), d.get_identifiers())
print(d.safe_substitute({'user.name': 'Ann'}))


class Braced(Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9 ]*)'


b = Braced('${two words} and $one and ${x}')
print(b.substitute({'two words': 2, 'one': 1, 'x': 'x'}), b.get_identifiers())


class Upper(Template):
    flags = 0
    idpattern = r'[A-Z]+'


u = Upper('$ABC $abc')
print(u.safe_substitute(ABC='up', abc='low'), u.is_valid())
try:
    u.substitute(ABC=1)
except ValueError as e:
    print('ValueError', e)


class Custom(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    '''


c = Custom('#a #<b> ## # end')
print(c.safe_substitute(a=1, b=2), c.get_identifiers(), c.is_valid())
try:
    c.substitute(a=1, b=2)
except ValueError as e:
    print('ValueError', e)


class Odd(Template):
    pattern = r'@(?P<named>[a-z]+)|@(?P<other>!)|@(?P<escaped>@)|@{(?P<braced>[a-z]+)}|@(?P<invalid>)'


o = Odd('@x and @!')
try:
    o.substitute(x=1)
except ValueError as e:
    print('ValueError', e.args[0], e.args[1].pattern)
try:
    o.get_identifiers()
except ValueError as e:
    print('ValueError', e.args[0])


class Sub(Dotted):
    pass


print(Sub('$a.b').substitute({'a.b': 'inherited'}), Sub.pattern is Dotted.pattern)
