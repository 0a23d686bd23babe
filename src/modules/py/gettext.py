"""Internationalization and localization support.

Message catalogs are GNU gettext `.mo` files found under
`localedir/LANG/LC_MESSAGES/DOMAIN.mo`; without one, messages come back
untranslated (NullTranslations), as with CPython's gettext.
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext',
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---- plural forms: a C expression over n, as .mo headers write it ----

_OPERATORS = ('||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*',
              '/', '%', '!', '?', ':', '(', ')')

# binary operators by precedence level, loosest first
_BINARY_LEVELS = (('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='),
                  ('+', '-'), ('*', '/', '%'))


def _is_word(c):
    return c.isalnum() or c == '_'


def _tokenize(plural):
    tokens = []
    i = 0
    while i < len(plural):
        c = plural[i]
        if c in ' \t':
            i += 1
            continue
        j = i
        while j < len(plural) and _is_word(plural[j]):
            j += 1
        word = plural[i:j]
        if word:
            # a number or the name n, standing alone as a whole word
            if word == 'n':
                tokens.append('n')
            elif word.isdigit() and word.isascii():
                tokens.append(int(word))
            else:
                raise ValueError('invalid token in plural form: %s' % word)
            i = j
        elif plural[i:i + 2] in _OPERATORS:
            tokens.append(plural[i:i + 2])
            i += 2
        elif c in _OPERATORS:
            tokens.append(c)
            i += 1
        else:
            raise ValueError('invalid token in plural form: %s' % c)
    tokens.append('')
    return tokens


def _binary(op, left, right):
    if op == '||':
        return lambda n: left(n) or right(n)
    if op == '&&':
        return lambda n: left(n) and right(n)
    if op == '==':
        return lambda n: left(n) == right(n)
    if op == '!=':
        return lambda n: left(n) != right(n)
    if op == '<':
        return lambda n: left(n) < right(n)
    if op == '>':
        return lambda n: left(n) > right(n)
    if op == '<=':
        return lambda n: left(n) <= right(n)
    if op == '>=':
        return lambda n: left(n) >= right(n)
    if op == '+':
        return lambda n: left(n) + right(n)
    if op == '-':
        return lambda n: left(n) - right(n)
    if op == '*':
        return lambda n: left(n) * right(n)
    # C's integer division and remainder (operands are never negative here)
    if op == '/':
        return lambda n: left(n) // right(n)
    return lambda n: left(n) % right(n)


class _PluralParser:
    def __init__(self, plural):
        self.tokens = _tokenize(plural)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        token = self.tokens[self.pos]
        if token != '':
            self.pos += 1
        return token

    def unexpected(self, token):
        if token == '':
            return ValueError('unexpected end of plural form')
        return ValueError('unexpected token in plural form: %s' % token)

    def conditional(self):
        cond = self.binary(0)
        if self.peek() != '?':
            return cond
        self.take()
        if_true = self.conditional()
        token = self.take()
        if token != ':':
            raise self.unexpected(token)
        if_false = self.conditional()
        return lambda n: if_true(n) if cond(n) else if_false(n)

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _BINARY_LEVELS[level]:
            op = self.take()
            right = self.binary(level + 1)
            left = _binary(op, left, right)
        return left

    def unary(self):
        token = self.take()
        if token == '!':
            operand = self.unary()
            return lambda n: not operand(n)
        if token == '(':
            inner = self.conditional()
            closing = self.take()
            if closing != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return inner
        if token == 'n':
            return lambda n: n
        if isinstance(token, int):
            return lambda n: token
        raise self.unexpected(token)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,),
                  DeprecationWarning, 4)
    return n


def c2py(plural):
    """Gets a C expression as used in PO files for plural forms and returns a
    Python function that implements an equivalent expression.
    """
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    expr = parser.conditional()
    token = parser.take()
    if token != '':
        raise parser.unexpected(token)

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expr(n))
    return func


# ---- finding catalogs ----

def _expand_lang(loc):
    """Every name a catalog for `loc` may be filed under, most specific first:
    language[_territory][.codeset][@modifier], then with parts left out."""
    rest, at, modifier = loc.partition('@')
    rest, dot, codeset = rest.partition('.')
    language, under, territory = rest.partition('_')
    # bit 0: the codeset, bit 1: the territory, bit 2: the modifier; a part
    # the name lacks is never wanted.  (CPython first normalizes `loc` with
    # locale's alias table, adding a default codeset; minipy takes it as given.)
    present = (bool(dot), bool(under), bool(at))
    names = []
    for combo in range(7, -1, -1):
        wanted = [bool(combo & (1 << bit)) for bit in range(3)]
        if any(w and not p for w, p in zip(wanted, present)):
            continue
        name = language
        if wanted[1]:
            name += under + territory
        if wanted[0]:
            name += dot + codeset
        if wanted[2]:
            name += at + modifier
        names.append(name)
    return names


def _languages_from_environment():
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    """The path of the first catalog of `domain` for one of `languages`
    (or, with all=True, the list of every such path)."""
    directory = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = _languages_from_environment()
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = []
    for name in candidates:
        # the C locale means "untranslated": nothing after it is searched
        if name == 'C':
            break
        path = os.path.join(directory, name, 'LC_MESSAGES', domain + '.mo')
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# ---- translation objects ----

class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        else:
            return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        else:
            return msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    # the first word of a .mo file, as written little- or big-endian
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # a message with a context is stored as context, EOT, message
    CONTEXT = "%s\x04%s"

    # the major format revisions this reader understands
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read a .mo file: a header, then two tables of (length, offset)
        pairs locating each original string and its translation."""
        import struct
        filename = getattr(fp, 'name', '')
        self._catalog = {}
        # without a Plural-Forms header: one form for 1, another for the rest
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        (magic,) = struct.unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for index in range(count):
            olen, ooff = struct.unpack(pair, data[originals + 8 * index:originals + 8 * index + 8])
            tlen, toff = struct.unpack(pair, data[translations + 8 * index:translations + 8 * index + 8])
            if ooff + olen >= size or toff + tlen >= size:
                raise OSError(0, 'File is corrupt', filename)
            original = data[ooff:ooff + olen]
            translated = data[toff:toff + tlen]
            if olen == 0:
                self._read_metadata(translated)
            self._add_entry(original, translated)

    def _read_metadata(self, block):
        """The translation of the empty string holds "Key: value" headers."""
        key = None
        for raw in block.split(b'\n'):
            line = raw.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                # a continuation of the previous header
                if key:
                    self._info[key] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _add_entry(self, original, translated):
        # Both sides are decoded with the catalog's charset (msgids are
        # expected to be ASCII); a NUL in the original marks plural forms,
        # stored under (singular msgid, form index).
        charset = self._charset or 'ascii'
        if b'\x00' in original:
            singular, _plural = original.split(b'\x00')
            singular = str(singular, charset)
            for form, text in enumerate(translated.split(b'\x00')):
                self._catalog[(singular, form)] = str(text, charset)
        else:
            self._catalog[str(original, charset)] = str(translated, charset)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg


# parsed catalogs, keyed by (class, absolute path): each file is read once
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """The translations of `domain` for the first of `languages` that has a
    catalog, falling back to the catalogs of the others in turn."""
    cls = GNUTranslations if class_ is None else class_
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    chain = None
    for path in paths:
        key = (cls, os.path.abspath(path))
        if key not in _translations:
            with open(path, 'rb') as fp:
                _translations[key] = cls(fp)
        # a shallow copy shares the parsed catalog but gets its own fallback
        t = copy.copy(_translations[key])
        if chain is None:
            chain = t
        else:
            chain.add_fallback(t)
    return chain


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


# the locale directory bound to each domain by bindtextdomain()
_localedirs = {}
# the domain the module-level functions use; GNU gettext's default name
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        else:
            return msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        else:
            return msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# Catalog is the old name of translation(), still exported
Catalog = translation
