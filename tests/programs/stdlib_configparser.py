# configparser: reading, typed getters, interpolation, the mapping protocol,
# writing, and the errors with their messages.
import configparser
import io
import os
import tempfile

TEXT = """
# A comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path: /srv/%(user)s/repos
multi = first line
    second line

    after blank
empty =

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio = 0.75
"""

cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.sections())
print(cfg.defaults())
print(cfg.options('forge.example'))
print(cfg.get('forge.example', 'path'), cfg.get('forge.example', 'path', raw=True))
print(repr(cfg.get('forge.example', 'multi')), repr(cfg['forge.example']['empty']))
print(cfg.getint('topsecret.server.example', 'port'), cfg.getfloat('topsecret.server.example', 'ratio'))
print(cfg.getboolean('topsecret.server.example', 'forwardx11'), cfg.getboolean('forge.example', 'ForwardX11'))
print(cfg.getint('forge.example', 'missing', fallback=-1), cfg.get('nosuch', 'x', fallback='fb'))
print(cfg.get('forge.example', 'user', vars={'user': 'override'}))
print(cfg.has_section('forge.example'), cfg.has_section('DEFAULT'), cfg.has_option('forge.example', 'compression'))
print(cfg.has_option(None, 'compression'), cfg.has_option('nosuch', 'x'))
print(cfg.items('topsecret.server.example'))
print(cfg.items('forge.example', raw=True))
print(list(cfg), len(cfg), 'DEFAULT' in cfg, 'nosuch' in cfg)
sec = cfg['topsecret.server.example']
print(sec, sec.name, sec.parser is cfg, list(sec), len(sec), 'port' in sec, 'PORT' in sec)
print(sec.getint('port'), sec.getboolean('compression'), sec.get('nope'), sec.get('nope', 'x'), sec.getint('nope', 7))
print(dict(sec))
print(list(cfg['DEFAULT']), cfg['DEFAULT']['compressionlevel'])
print([(name, type(p).__name__) for name, p in cfg.items()])

# Modifying.
cfg['new'] = {'a': 1, 'B': 'two'}
cfg['new']['c'] = '3'
del cfg['new']['a']
cfg.set('new', 'pct', '100%%')
print(cfg['new'].get('pct'), dict(cfg['new']))
cfg.add_section('extra')
cfg.set('extra', 'k', 'v')
print(cfg.remove_option('extra', 'k'), cfg.remove_option('extra', 'k'), cfg.remove_section('extra'), cfg.remove_section('extra'))
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:6])
print(cfg.popitem()[0], cfg.sections())

# Interpolation.
basic = configparser.ConfigParser()
basic.read_string("""
[paths]
home = /home/me
docs = %(home)s/docs
pct = 50%%
deep = %(docs)s/x
loop = %(loop)s
bad = %(nope)s
syntax = %(home
lone = 5% off
""")
for opt in ('docs', 'pct', 'deep', 'loop', 'bad', 'syntax'):
    try:
        print(opt, basic.get('paths', opt))
    except configparser.Error as e:
        print(opt, type(e).__name__, e, e.args)
try:
    basic.set('paths', 'x', '5% off')
except ValueError as e:
    print('ValueError', e)
print(basic.get('paths', 'lone', raw=True))
try:
    basic.get('paths', 'lone')
except configparser.InterpolationSyntaxError as e:
    print(type(e).__name__, e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home = /home/user
lib = ${home}/lib
price = $$5

[app]
path = ${common:lib}/app
ref = ${common:home}
missing = ${nowhere:x}
toomany = ${a:b:c}
cycle = ${cycle}
bad = $x
""")
for opt in ('path', 'ref', 'missing', 'toomany', 'cycle', 'bad'):
    try:
        print(opt, ext.get('app', opt))
    except configparser.Error as e:
        print(opt, type(e).__name__, e)
print(ext.get('common', 'price'), ext['common']['lib'])

raw = configparser.RawConfigParser()
raw.read_string('[s]\na = %(b)s\nb = 1\n')
raw.set('s', 'n', 5)
print(raw.get('s', 'a'), raw.get('s', 'n'))
noi = configparser.ConfigParser(interpolation=None)
noi.read_string('[s]\na = %(b)s 100%\n')
print(noi['s']['a'])

# Options of the parser.
p = configparser.ConfigParser(allow_no_value=True, delimiters=('=>',),
                              comment_prefixes=('//',), inline_comment_prefixes=('#',),
                              strict=False, empty_lines_in_values=False,
                              default_section='common')
p.read_string("""
[common]
shared => yes
[x]
flag
key => value # trailing
key => again
url => http://x/#anchor
// comment
[x]
more => 1

other => 2
""")
print(p.sections(), p.items('x'), p.defaults())
out = io.StringIO()
p.write(out)
print(out.getvalue())

conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string('[s]\nitems = a, b ,c\n')
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), sorted(conv.converters))
conv.converters['upper'] = str.upper
print(conv.getupper('s', 'items'), conv['s'].getupper('items'))

case = configparser.ConfigParser()
case.optionxform = str
case.read_string('[S]\nCamelKey = 1\n')
print(case.options('S'), case.has_option('S', 'camelkey'))

defaults = configparser.ConfigParser({'a': '1', 'pct': '%(a)s%'})
defaults.read_string('[s]\nb = %(a)s\n')
print(defaults.defaults(), defaults.get('s', 'b'), defaults.get('s', 'pct', raw=True))

# Errors.
bad_inputs = [
    'key = value\n',
    '[a]\nx = 1\n[a]\n',
    '[a]\nx = 1\nX = 2\n',
    '[a]\n= novalue\nnovalue\n  \n[b]\njunk line\n',
]
for text in bad_inputs:
    try:
        configparser.ConfigParser().read_string(text, source='demo.ini')
    except configparser.Error as e:
        print(type(e).__name__, '|', e, '|', e.args)
for call in [lambda: cfg.get('nosuch', 'x'), lambda: cfg.get('forge.example', 'nope'),
             lambda: cfg.getint('topsecret.server.example', 'forwardx11'), lambda: cfg.getboolean('topsecret.server.example', 'ratio'),
             lambda: cfg.add_section('DEFAULT'), lambda: cfg.add_section('topsecret.server.example'),
             lambda: cfg.add_section(5), lambda: cfg.set('new', 'x', 5),
             lambda: cfg.set('nosuch', 'x', 'y'), lambda: cfg['nosuch'], lambda: cfg['new']['nope'],
             lambda: cfg.options('nosuch'), lambda: cfg.items('nosuch'), lambda: cfg.__delitem__('DEFAULT'),
             lambda: configparser.ConfigParser(interpolation=object()),
             lambda: configparser.ConfigParser().read_dict({'a': {'x': 1, 'X': 2}})]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, '|', e)
e = configparser.ParsingError('src')
e.append(3, "'bad'")
print(repr(e), e.errors, isinstance(e, configparser.Error))
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError))
print(configparser.DuplicateSectionError('s'), configparser.DuplicateOptionError('s', 'o', 'f'))

# Files.
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.ini')
with open(path, 'w') as f:
    cfg.write(f)
again = configparser.ConfigParser()
print(again.read([path, os.path.join(d, 'missing.ini')]) == [path])
print(again.sections() == cfg.sections(), again['new']['b'] == cfg['new']['b'])
with open(path) as f:
    third = configparser.ConfigParser()
    third.read_file(f)
print(third.get('topsecret.server.example', 'port'), third.items('new'))
third.read_file(['[lines]\n', 'a = 1\n'], source='<list>')
print(third['lines']['a'])
os.remove(path)
os.rmdir(d)
print(sorted(configparser.ConfigParser.BOOLEAN_STATES))
