# configparser: mapping methods inherited from MutableMapping on the parser and
# on sections, SectionProxy after its section is gone, converters given to the
# constructor, dict_type, LegacyInterpolation, SafeConfigParser and readfp
# (deprecated), ParsingError's filename, and round-tripping through write().
import collections
import configparser
import io
import warnings


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, str(e))


cfg = configparser.ConfigParser()
cfg.read_string('[s]\na = 1\n')
print(cfg == cfg, list(cfg.keys()), [type(v).__name__ for v in cfg.values()])
attempt('get without option', lambda: cfg.get('s'))
attempt('setdefault', lambda: cfg.setdefault('t', {'x': '1'}))
attempt('update', lambda: cfg.update({'u': {'y': '2'}}))
print(cfg.sections(), cfg['t']['x'], cfg['u']['y'])
attempt('pop', lambda: cfg.pop('u'))
attempt('pop missing', lambda: cfg.pop('u'))
attempt('pop default', lambda: cfg.pop('u', 'dflt'))
section = cfg['s']
attempt('proxy pop', lambda: section.pop('a'))
attempt('proxy setdefault', lambda: section.setdefault('n', 'v'))
print(dict(section), section == {'n': 'v'}, repr(cfg['DEFAULT']))
attempt('proxy items', lambda: list(section.items()))
attempt('proxy keys', lambda: list(section.keys()))
attempt('proxy values', lambda: list(section.values()))
attempt('proxy update', lambda: section.update({'k1': 'v1', 'K2': 'v2'}))
print(dict(section))
attempt('proxy clear', lambda: section.clear())
print(dict(section))
attempt('proxy popitem', lambda: section.popitem())
cfg.remove_section('s')
attempt('gone proxy get', lambda: section.get('x'))
attempt('gone proxy getitem', lambda: section['n'])
attempt('gone proxy len', lambda: len(section))
attempt('gone proxy set', lambda: section.__setitem__('n', 'v'))
attempt('bad vars', lambda: cfg.get('t', 'x', vars=5))
attempt('int section', lambda: cfg.get(5, 'k'))
attempt('has_section int', lambda: cfg.has_section(5))
attempt('options DEFAULT', lambda: cfg.options('DEFAULT'))
attempt('positional fallback', lambda: cfg.get('t', 'x', False, None, 'x'))
attempt('getint fallback None', lambda: cfg.getint('t', 'nope', fallback=None))
attempt('read bytes name', lambda: cfg.read(b'/nonexistent/file.ini'))
attempt('read empty list', lambda: cfg.read([]))
attempt('write int', lambda: cfg.write(5))
attempt('read_string bytes', lambda: cfg.read_string(b'[x]\n'))
attempt('read_file None', lambda: cfg.read_file(None))

# Values without a value cannot continue on the next line.
raw = configparser.RawConfigParser(allow_no_value=True)
attempt('valueless continued', lambda: raw.read_string('[s]\nflag\n  more\n'))
raw = configparser.RawConfigParser()
raw.read_string('[h] trailing text\nk=v\n[t]\nk = v\n\tcont\n[c]\nk = v\n# c\n  cont\n'
                '[b]\nk = v\n\n\n  cont\n\n[d]\n  k = v\n  j = w\n    cont\n')
print(raw.sections(), raw.get('t', 'k'), raw.get('c', 'k'), raw.get('b', 'k'), raw.items('d'))
attempt('empty header', lambda: raw.read_string('[]\nk=v\n'))

# Converters given to the constructor, and their getters on sections.
cfg = configparser.ConfigParser(converters={'list': str.split, 'upper': str.upper})
cfg.read_string('[s]\nwords = a b  c\nname = x\n')
print(cfg.getlist('s', 'words'), cfg['s'].getupper('name'), cfg['s'].getlist('nope', ['d']))
print(sorted(cfg.converters), len(cfg.converters), 'list' in cfg.converters)
attempt('converter value', lambda: cfg.converters['list'] is str.split)
attempt('missing converter', lambda: cfg.converters['nope'])
attempt('del missing converter', lambda: cfg.converters.__delitem__('nope'))
attempt('del empty converter', lambda: cfg.converters.__delitem__(''))
cfg.add_section('later')
cfg.set('later', 'w', 'p q')
print(cfg['later'].getlist('w'))

# dict_type
cfg = configparser.ConfigParser(dict_type=collections.OrderedDict)
cfg.read_string('[b]\nz = 1\na = 2\n[a]\n')
print(type(cfg._sections).__name__, type(cfg._sections['b']).__name__, cfg.sections(), cfg.options('b'))

# Deprecated parts.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    old = configparser.SafeConfigParser()
    legacy = configparser.LegacyInterpolation()
    old.readfp(io.StringIO('[s]\na=1\n'))
    print(old.get('s', 'a'), isinstance(old, configparser.ConfigParser))
    error = configparser.ParsingError(filename='f')
    attempt('filename', lambda: error.filename)
    attempt('both', lambda: configparser.ParsingError('a', filename='b'))
    attempt('none', lambda: configparser.ParsingError())
    attempt('source keyword', lambda: configparser.ParsingError(source='kw').source)
print([(str(w.message), w.category.__name__) for w in caught])
cfg = configparser.ConfigParser(interpolation=legacy)
cfg.read_string('[s]\na = %(b)s x\nb = %(C)s\nc = deep\nbad = %(nope)s\npct = 5%%\n'
                'loop = %(loop)s\nplain = 5%\n')
for option in ['a', 'bad', 'pct', 'loop', 'plain']:
    attempt(option, lambda: cfg.get('s', option))
attempt('set', lambda: cfg.set('s', 'x', '50%'))

# write() then read back gives the same values.
source = configparser.ConfigParser()
source.read_string('[DEFAULT]\nd = 1\n[s]\nmulti = one\n  two\n\n  four\nplain = p\n'
                   '[t]\npct = 100%%\n')
out = io.StringIO()
source.write(out)
print(out.getvalue(), end='')
copy = configparser.ConfigParser()
copy.read_string(out.getvalue())
print([(s, copy.items(s, raw=True)) for s in copy.sections()] ==
      [(s, source.items(s, raw=True)) for s in source.sections()])
