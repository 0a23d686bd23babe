# configparser: BasicInterpolation and ExtendedInterpolation (references,
# escapes, defaults, other sections, depth limit), the interpolation errors and
# their messages/attributes, RawConfigParser without interpolation, and custom
# Interpolation subclasses.
import configparser


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, str(e))
        if isinstance(e, configparser.Error):
            print('   args', e.args, '| repr', repr(e))
            for attr in ('option', 'section', 'reference', 'message'):
                if hasattr(e, attr):
                    print('   ', attr, repr(getattr(e, attr)))


BASIC = """
[DEFAULT]
home = /home/%(user)s
user = alice

[paths]
data = %(home)s/data
logs = %(data)s/logs
percent = 100%%
double = %%(not)s
mixed = %(User)s is %(home)s
missing = %(nope)s/x
bad = 5%
badref = %(unclosed
loop1 = %(loop2)s
loop2 = %(loop1)s
deep = %(d1)s
d1 = %(d2)s
d2 = %(d3)s
d3 = %(d4)s
d4 = %(d5)s
d5 = %(d6)s
d6 = %(d7)s
d7 = %(d8)s
d8 = %(d9)s
d9 = %(d10)s
d10 = end
deeper = %(e1)s
e1 = %(deep)s
other = %(user)s
"""

cfg = configparser.ConfigParser()
cfg.read_string(BASIC)
for option in ['data', 'logs', 'percent', 'double', 'mixed', 'missing', 'bad', 'badref',
               'loop1', 'deep', 'deeper', 'other']:
    attempt(option, lambda: cfg.get('paths', option))
attempt('raw', lambda: cfg.get('paths', 'logs', raw=True))
attempt('vars', lambda: cfg.get('paths', 'data', vars={'home': '/root'}))
attempt('vars user', lambda: cfg.get('paths', 'data', vars={'user': 'bob'}))
attempt('items', lambda: cfg.items('paths')[:4])
attempt('DEFAULT', lambda: cfg.get('DEFAULT', 'home'))
attempt('proxy', lambda: cfg['paths']['logs'])
attempt('proxy raw', lambda: cfg['paths'].get('logs', raw=True))
attempt('items bad', lambda: cfg.items('paths'))
attempt('set escaped', lambda: cfg.set('paths', 'ok', '%%(x)s and %(user)s'))
attempt('get escaped', lambda: cfg.get('paths', 'ok'))
attempt('before_set pos', lambda: cfg.set('paths', 'x', 'a%%b%'))
attempt('before_set pos 2', lambda: cfg.set('paths', 'x', '%(a)s%(b)'))

# No interpolation.
raw = configparser.RawConfigParser()
raw.read_string(BASIC)
attempt('raw parser', lambda: raw.get('paths', 'missing'))
attempt('raw parser percent', lambda: raw.get('paths', 'percent'))
none = configparser.ConfigParser(interpolation=None)
none.read_string(BASIC)
attempt('interpolation=None', lambda: none.get('paths', 'data'))
attempt('interpolation=None set', lambda: none.set('paths', 'x', '50%'))
attempt('bad interpolation', lambda: configparser.ConfigParser(interpolation=5))

EXTENDED = """
[DEFAULT]
root = /opt
dollar = $$5

[common]
name = app
ver = 1.${minor}
minor = 2

[paths]
base = ${root}/${common:name}
full = ${base}/v${common:ver}
money = costs $$10 and ${dollar}
missing = ${nope}
missing_section = ${nosection:x}
missing_option = ${common:nope}
colons = ${a:b:c}
bad = 5$
badref = ${unclosed
loop = ${loop}
Case = ${ROOT}
"""

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(EXTENDED)
for option in ['base', 'full', 'money', 'missing', 'missing_section', 'missing_option',
               'colons', 'bad', 'badref', 'loop', 'case']:
    attempt(option, lambda: ext.get('paths', option))
attempt('common ver', lambda: ext['common']['ver'])
attempt('set bad', lambda: ext.set('paths', 'x', 'a$$b$c'))
attempt('set ok', lambda: ext.set('paths', 'x', '$${x} ${root}'))
attempt('get ok', lambda: ext.get('paths', 'x'))

# Interpolation objects and subclasses.
print(configparser.Interpolation().before_get(None, 's', 'o', 'v%(x)s', {}))
print(configparser.Interpolation().before_set(None, 's', 'o', '%'),
      configparser.Interpolation().before_read(None, 's', 'o', 'r'),
      configparser.Interpolation().before_write(None, 's', 'o', 'w'))


class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_write(self, parser, section, option, value):
        return value + '!'


up = configparser.ConfigParser(interpolation=Upper())
up.read_string('[s]\na = hello\n')
print(up.get('s', 'a'), up.items('s'))
import io
buf = io.StringIO()
up.write(buf)
print(repr(buf.getvalue()))

# The exception classes.
for cls in [configparser.Error, configparser.NoSectionError, configparser.DuplicateSectionError,
            configparser.DuplicateOptionError, configparser.NoOptionError,
            configparser.InterpolationError, configparser.InterpolationMissingOptionError,
            configparser.InterpolationSyntaxError, configparser.InterpolationDepthError,
            configparser.ParsingError, configparser.MissingSectionHeaderError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
print(repr(configparser.Error('msg')), str(configparser.Error()), configparser.Error('m').message)
print(configparser.NoSectionError('s').args, configparser.DuplicateSectionError('s').args)
print(str(configparser.DuplicateSectionError('s', 'file')), '|', str(configparser.DuplicateOptionError('s', 'o')))
print(str(configparser.DuplicateOptionError('s', 'o', 'src', 7)), '|', configparser.NoOptionError('o', 's').args)
print(configparser.InterpolationError('o', 's', 'msg').args, str(configparser.InterpolationDepthError('o', 's', 'raw')))
e = configparser.ParsingError('src')
e.append(3, 'line')
e.append(12, 'other')
print(repr(str(e)), e.errors, e.source, e.args)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(sorted(configparser.__all__))
print(configparser.RawConfigParser.BOOLEAN_STATES)
