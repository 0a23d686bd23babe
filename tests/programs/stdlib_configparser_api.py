# configparser: the parser's methods (get and the typed getters with fallback,
# vars and raw, items, options, has_*, set, add/remove, read_dict, read,
# read_file, write) and the mapping interface (parser['section']['key'],
# SectionProxy, DEFAULT, converters).
import configparser
import io
import os
import tempfile

TEXT = """
[DEFAULT]
base = /srv
debug = off

[server]
host = example.org
port = 8080
ratio = 0.75
enabled = Yes
path = %(base)s/www
list = a, b, c

[client]
timeout = 2.5
retries = 3
"""


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, str(e))


cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.sections(), cfg.has_section('server'), cfg.has_section('DEFAULT'), cfg.has_section('x'))
print(cfg.options('server'))
print(cfg.get('server', 'host'), cfg.get('server', 'PATH'), cfg.get('server', 'path', raw=True))
print(cfg.getint('server', 'port'), cfg.getfloat('server', 'ratio'), cfg.getboolean('server', 'enabled'))
print(cfg.getboolean('server', 'debug'), cfg.getfloat('client', 'timeout'), cfg.getint('client', 'retries'))
attempt('get missing option', lambda: cfg.get('server', 'nope'))
attempt('get missing section', lambda: cfg.get('nope', 'host'))
attempt('get fallback', lambda: cfg.get('server', 'nope', fallback='fb'))
attempt('get fallback None', lambda: cfg.get('nope', 'x', fallback=None))
attempt('getint fallback', lambda: cfg.getint('server', 'nope', fallback=7))
attempt('getint bad', lambda: cfg.getint('server', 'host'))
attempt('getint bad fallback', lambda: cfg.getint('server', 'host', fallback=1))
attempt('getfloat bad', lambda: cfg.getfloat('server', 'host'))
attempt('getboolean bad', lambda: cfg.getboolean('server', 'host'))
attempt('getboolean fallback', lambda: cfg.getboolean('nope', 'x', fallback=False))
for word in ['1', 'yes', 'true', 'on', 'TRUE', 'On', '0', 'no', 'false', 'off', 'NO', 'y', '']:
    cfg.set('client', 'flag', word)
    attempt('boolean ' + repr(word), lambda: cfg.getboolean('client', 'flag'))
cfg.remove_option('client', 'flag')
attempt('get DEFAULT', lambda: cfg.get('DEFAULT', 'base'))
attempt('get vars', lambda: cfg.get('server', 'path', vars={'base': '/opt', 'Extra': 1}))
attempt('get vars new', lambda: cfg.get('server', 'extra', vars={'Extra': 1}))
attempt('get vars None', lambda: cfg.get('server', 'extra', vars={'extra': None}))
print(cfg.items('server'))
print(cfg.items('server', raw=True))
print(cfg.items('server', vars={'base': '/vars', 'new': 'n'}))
print(cfg.items('DEFAULT'))
attempt('items missing', lambda: cfg.items('nope'))
print([(name, type(proxy).__name__) for name, proxy in cfg.items()])
print(cfg.defaults())
print(cfg.has_option('server', 'host'), cfg.has_option('server', 'BASE'), cfg.has_option('nope', 'x'),
      cfg.has_option('DEFAULT', 'base'), cfg.has_option('', 'debug'), cfg.has_option('server', 'x'))
attempt('options missing', lambda: cfg.options('nope'))

# Changing the parser.
cfg.add_section('new')
cfg.set('new', 'Key', 'value')
cfg.set('new', 'pct', '100%%')
print(cfg.get('new', 'key'), cfg.get('new', 'pct'), cfg['new']['pct'])
attempt('add existing', lambda: cfg.add_section('new'))
attempt('add DEFAULT', lambda: cfg.add_section('DEFAULT'))
attempt('add int', lambda: cfg.add_section(5))
attempt('set missing section', lambda: cfg.set('nope', 'a', 'b'))
attempt('set int value', lambda: cfg.set('new', 'a', 5))
attempt('set int option', lambda: cfg.set('new', 5, 'x'))
attempt('set bad percent', lambda: cfg.set('new', 'a', '50%'))
attempt('set bad percent 2', lambda: cfg.set('new', 'a', '%%x %(a)s %y'))
attempt('set None', lambda: cfg.set('new', 'a', None))
cfg.set('DEFAULT', 'everywhere', 'yes')
cfg.set('', 'blank', 'default too')
print(cfg.options('new'))
print(cfg.remove_option('new', 'KEY'), cfg.remove_option('new', 'key'), cfg.remove_option('DEFAULT', 'blank'))
attempt('remove option missing section', lambda: cfg.remove_option('nope', 'x'))
print(cfg.remove_section('new'), cfg.remove_section('new'), cfg.sections())

# Mapping access.
server = cfg['server']
print(type(server).__name__, repr(server), server.name, server.parser is cfg)
print(server['host'], server['path'], server.get('nope'), server.get('nope', 'fb'), server.get('path', raw=True))
print(server.getint('port'), server.getfloat('ratio'), server.getboolean('enabled'), server.getint('nope', 3))
print(server.getboolean('nope'), server.get('path', vars={'base': 'V'}))
attempt('missing key', lambda: server['nope'])
attempt('missing section', lambda: cfg['nope'])
print('host' in server, 'base' in server, 'nope' in server, len(server), list(server))
print(dict(server))
server['new'] = 'n'
attempt('set int via proxy', lambda: server.__setitem__('num', 5))
del server['new']
attempt('del missing', lambda: server.__delitem__('new'))
attempt('del default-only', lambda: server.__delitem__('base'))
print('server' in cfg, 'DEFAULT' in cfg, 'nope' in cfg, len(cfg), list(cfg))
print(cfg['DEFAULT']['base'], list(cfg['DEFAULT']), len(cfg['DEFAULT']))
cfg['fresh'] = {'a': 1, 'B': 'two'}
print(cfg.items('fresh', raw=True))
cfg['fresh'] = {'only': 'this'}
print(cfg.items('fresh', raw=True))
cfg['DEFAULT'] = {'replaced': 'defaults'}
print(cfg.defaults())
attempt('del DEFAULT', lambda: cfg.__delitem__('DEFAULT'))
attempt('del missing', lambda: cfg.__delitem__('nope'))
del cfg['fresh']
print(cfg.sections())
print(cfg.popitem()[0], cfg.sections())
cfg.clear()
print(cfg.sections(), cfg.defaults())
attempt('popitem empty', lambda: cfg.popitem())

# read_dict: keys and values become strings; strict duplicates.
cfg = configparser.ConfigParser(allow_no_value=True)
cfg.read_dict({'s': {'Int': 1, 'float': 2.5, 'none': None, 'str': 'x'}, 7: {'k': True}})
attempt('None without allow_no_value',
        lambda: configparser.ConfigParser().read_dict({'s': {'none': None}}))
print(cfg.sections(), cfg.items('s', raw=True), cfg.items('7'))
attempt('duplicate keys', lambda: cfg.read_dict({'t': {'a': 1, 'A': 2}}))
attempt('duplicate keys source', lambda: cfg.read_dict({'u': {'a': 1, 'A': 2}}, source='mine'))
print(cfg.sections())
cfg2 = configparser.ConfigParser(strict=False)
cfg2.read_dict({'t': {'a': 1, 'A': 2}})
print(cfg2.items('t'))

# Constructor defaults and converters.
cfg = configparser.ConfigParser(defaults={'A': 1, 'pct': '%(a)s%'})
print(cfg.defaults(), cfg.get('DEFAULT', 'a'))
attempt('bad default interpolation', lambda: cfg.get('DEFAULT', 'pct'))
cfg = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cfg.read_string(TEXT)
print(cfg.getlist('server', 'list'), cfg['server'].getlist('list'), cfg['client'].getlist('nope'))
print(sorted(cfg.converters), cfg.converters['list'] is not None, cfg.converters['int'])
cfg.converters['upper'] = str.upper
print(cfg.getupper('server', 'host'), cfg['server'].getupper('host'))
del cfg.converters['upper']
print(hasattr(cfg, 'getupper'), hasattr(cfg['server'], 'getupper'), len(cfg.converters))
attempt('empty converter name', lambda: cfg.converters.__setitem__('', str))
attempt('int converter name', lambda: cfg.converters.__setitem__(5, str))

# write
out = io.StringIO()
cfg = configparser.ConfigParser(allow_no_value=True)
cfg.read_string("[DEFAULT]\nd = 1\n[s]\nmulti = one\n  two\nflag\nempty =\n")
cfg.write(out)
print(repr(out.getvalue()))
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(repr(out.getvalue()))
out = io.StringIO()
raw = configparser.RawConfigParser(delimiters=(':', '='))
raw.add_section('s')
raw.set('s', 'n', 5)
raw.set('s', 'none', None)
raw.write(out)
print(repr(out.getvalue()), raw.get('s', 'n'))

# Files.
with tempfile.TemporaryDirectory() as d:
    one = os.path.join(d, 'one.ini')
    two = os.path.join(d, 'two.ini')
    with open(one, 'w') as f:
        f.write('[a]\nx = 1\n')
    with open(two, 'w') as f:
        f.write('[a]\ny = 2\n[b]\nz = caf\u00e9\n')
    cfg = configparser.ConfigParser()
    found = cfg.read([one, os.path.join(d, 'missing.ini'), two], encoding='utf-8')
    print([os.path.basename(p) for p in found], cfg.items('a'), cfg['b']['z'])
    print([os.path.basename(p) for p in cfg.read(one)])
    import pathlib
    print([type(p).__name__ for p in cfg.read(pathlib.Path(one))])
    with open(two) as f:
        cfg = configparser.ConfigParser()
        cfg.read_file(f)
    print(cfg.sections())
    try:
        with open(two) as f:
            cfg.read_file(f)
    except configparser.DuplicateSectionError as e:
        print(str(e).replace(d, 'DIR'))
    cfg = configparser.ConfigParser()
    cfg.read_file(['[s]\n', 'a = 1\n', '  b\n'], source='lines')
    print(cfg.items('s'))
    try:
        cfg.read_file(iter(['[s]\n']))
    except configparser.DuplicateSectionError as e:
        print(e)
