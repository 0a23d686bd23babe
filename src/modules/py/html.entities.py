"""HTML character entity references."""

from html import _entities

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

# The 252 entities HTML 4.01 defines, in sorted order.  Their code points are
# those of the HTML5 table, except two that HTML5 redefined.
_HTML4_NAMES = (
    'AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger '
    'Delta ETH Eacute Ecirc Egrave Epsilon Eta Euml Gamma Iacute Icirc Igrave '
    'Iota Iuml Kappa Lambda Mu Ntilde Nu OElig Oacute Ocirc Ograve Omega Omicron '
    'Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron Sigma THORN Tau Theta Uacute '
    'Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml Zeta aacute acirc acute aelig '
    'agrave alefsym alpha amp and ang aring asymp atilde auml bdquo beta brvbar '
    'bull cap ccedil cedil cent chi circ clubs cong copy crarr cup curren dArr '
    'dagger darr deg delta diams divide eacute ecirc egrave empty emsp ensp '
    'epsilon equiv eta eth euml euro exist fnof forall frac12 frac14 frac34 frasl '
    'gamma ge gt hArr harr hearts hellip iacute icirc iexcl igrave image infin '
    'int iota iquest isin iuml kappa lArr lambda lang laquo larr lceil ldquo le '
    'lfloor lowast loz lrm lsaquo lsquo lt macr mdash micro middot minus mu nabla '
    'nbsp ndash ne ni not notin nsub ntilde nu oacute ocirc oelig ograve oline '
    'omega omicron oplus or ordf ordm oslash otilde otimes ouml para part permil '
    'perp phi pi piv plusmn pound prime prod prop psi quot rArr radic rang raquo '
    'rarr rceil rdquo real reg rfloor rho rlm rsaquo rsquo sbquo scaron sdot sect '
    'shy sigma sigmaf sim spades sub sube sum sup sup1 sup2 sup3 supe szlig tau '
    'there4 theta thetasym thinsp thorn tilde times trade uArr uacute uarr ucirc '
    'ugrave uml upsih upsilon uuml weierp xi yacute yen yuml zeta zwj zwnj '
)
_HTML4_ONLY = {'lang': 0x2329, 'rang': 0x232a}

# maps the HTML5 named character references to the equivalent Unicode
# character(s); a name without ';' is one of the legacy forms HTML5 accepts
html5 = dict(sorted(_entities().items(), key=lambda kv: (kv[0].lower(), kv[0])))

# maps the HTML entity name to the Unicode code point
name2codepoint = {}
for _name in _HTML4_NAMES.split():
    name2codepoint[_name] = _HTML4_ONLY.get(_name) or ord(html5[_name + ';'])

# maps the Unicode code point to the HTML entity name
codepoint2name = {}

# maps the HTML entity name to the character
entitydefs = {}

for _name, _codepoint in name2codepoint.items():
    codepoint2name[_codepoint] = _name
    entitydefs[_name] = chr(_codepoint)

del _name, _codepoint
