import html

print(html.escape('<a href="x?a=1&b=2">it\'s</a>'))
print(html.escape('<a href="x">it\'s</a>', quote=False))
print(html.escape(''), html.escape('plain'), html.escape('&amp;'))
tests = [
    'no refs', '&amp; &lt; &gt; &quot; &apos; &nbsp;|', '&copy; &reg; &trade; &euro; &hellip;',
    '&amp', '&ampx', '&amp;x', '&copy2020', '&notit;', '&notin;', '&not', '&unknown;', '&;', '&',
    '&&amp;', 'a & b', '&#65;&#x42;&#X43;&#0068', '&#x;', '&#;', '&#abc', '&#x1F600;', '&#128512;',
    '&#0;', '&#13;', '&#x80;', '&#x81;', '&#150;', '&#1;', '&#x0B;', '&#xD800;', '&#x110000;',
    '&#xFFFE;', '&#x10FFFF;', '&#xFDD0;', '&#99999999999999999999;', '&#65abc', '&#x41g',
    '&Aacute;&aacute;&AElig;', '&NotNestedGreaterGreater;', '&acE;', '&fjlig;',
    '&lt&gt', '&LT;&GT;&AMP;', '&amp;amp;', '&thinsp;&ensp;', '&zwj;&zwnj;',
    '&' + 'a' * 40 + ';', '&\tamp;', '&amp\n', '&#x000041;',
]
for t in tests:
    print(repr(t), '->', repr(html.unescape(t)))
print(html.unescape(html.escape('<tag attr="1 & 2">')))
