# configparser: what read_string makes of a file: sections, DEFAULT, both
# delimiters, comments (full-line and inline), multi-line values, empty lines,
# allow_no_value, custom delimiters and prefixes, strict duplicates, and the
# parsing errors with their messages and attributes.
import configparser
import textwrap


def parse(text, **kwargs):
    cfg = configparser.RawConfigParser(**kwargs)
    try:
        cfg.read_string(textwrap.dedent(text))
    except configparser.Error as e:
        print('  ', type(e).__name__, repr(str(e)))
        for attr in ('source', 'lineno', 'line', 'section', 'option', 'errors'):
            if hasattr(e, attr):
                print('    ', attr, repr(getattr(e, attr)))
        print('     args', e.args)
    dump(cfg)
    return cfg


def dump(cfg):
    print('   defaults', dict(cfg.defaults()))
    for name in cfg.sections():
        print('  ', repr(name), [(k, cfg.get(name, k, raw=True)) for k in cfg.options(name)])


print('basic')
parse("""
    [DEFAULT]
    shared = from default
    Mixed Case = yes

    [first]
    key = value
    other: colon value
    spaced   =    lots of space   
    empty =
    a = b = c
    x : y = z
    url = http://example.com:80/path
    [second section]
    key=tight
    [ spaced header ]
    k = v
    [a]b]
    k = v
    """)

print('multi-line values')
parse("""
    [s]
    long = first line
        second line
      third line

        after an empty line
    next = 1
    # comment
    tail = a

    ; another comment

    [t]
    indented = x
       # a comment inside the value
       more
    """)

print('empty lines end values')
parse("""
    [s]
    long = first line

        not a continuation
    """, empty_lines_in_values=False)

print('comments')
parse("""
    # full line comment
    ; other full line comment
    [s]
    a = value # not a comment by default
    b = value ; not a comment either
      # indented comment
    c = 1
    """)
parse("""
    [s]
    a = value # inline comment
    b = value;no space before
    c = value ; semicolon comment
    d = x#y #z ;w
    e = #only comment
    """, inline_comment_prefixes=('#', ';'))
parse("""
    [s]
    a = 1 // trailing
    // whole line
    b = 2
    """, comment_prefixes=('//',), inline_comment_prefixes=('//',))

print('allow_no_value')
cfg = parse("""
    [s]
    flag
    key = v
    other flag
    """, allow_no_value=True)
print('  ', cfg.get('s', 'flag'), cfg.has_option('s', 'flag'), cfg.items('s'))
parse("""
    [s]
    flag
    """)

print('custom delimiters')
parse("""
    [s]
    a -> b
    c = d -> e
    f->g
    """, delimiters=('->',))
parse("""
    [s]
    a=b
    c: d
    e
    """, delimiters=('=',), allow_no_value=True)

print('duplicates')
parse("""
    [s]
    a = 1
    [t]
    [s]
    b = 2
    """)
parse("""
    [s]
    a = 1
    A = 2
    """)
cfg = parse("""
    [s]
    a = 1
    a = 2
    [s]
    b = 3
    """, strict=False)
parse("""
    [DEFAULT]
    a = 1
    [DEFAULT]
    b = 2
    """)

print('errors')
parse("""
    key = value
    [s]
    """)
parse("""
    # comment first
    [s]
    good = 1
    garbage line
    another garbage
    = no name
    also = fine
    """)
parse("""[s]
a = 1
  continued
[t
""")

print('second read adds to the first')
cfg = configparser.RawConfigParser()
cfg.read_string("[s]\na = 1\n[t]\nx = 1\n")
cfg.read_string("[s]\nb = 2\na = 3\n")
dump(cfg)
try:
    cfg.read_string("[u]\nq = 1\n[u]\n", source='second.ini')
except configparser.DuplicateSectionError as e:
    print('  ', e)
dump(cfg)

print('custom default section and optionxform')
cfg = configparser.RawConfigParser(default_section='common')
cfg.read_string("[common]\nShared = 1\n[s]\nOwn = 2\n")
dump(cfg)
print('  ', cfg.default_section, cfg.has_section('common'), 'common' in cfg, cfg['common']['shared'])
cfg = configparser.RawConfigParser()
cfg.optionxform = str
cfg.read_string("[s]\nCamelCase = 1\ncamelcase = 2\n")
dump(cfg)
print('  ', cfg.has_option('s', 'CAMELCASE'), cfg.has_option('s', 'CamelCase'))


class Upper(configparser.RawConfigParser):
    def optionxform(self, optionstr):
        return optionstr.upper()


cfg = Upper()
cfg.read_string("[s]\nkey = 1\n")
print('  ', cfg.options('s'), cfg.get('s', 'KeY'))


class Angle(configparser.RawConfigParser):
    SECTCRE = configparser.re.compile(r"<(?P<header>[^>]+)>")


cfg = Angle()
cfg.read_string("<one>\na = 1\n")
print('  ', cfg.sections())
