"""Writes py/_locale_aliases.py: the alias tables locale.normalize() reads, recorded
from CPython 3.11's locale and encodings.aliases modules (run with python3 3.11)."""

import encodings.aliases
import locale
import os
import pprint

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = os.path.join(HERE, 'py', '_locale_aliases.py')
    with open(out, 'w') as f:
        f.write('"""The tables behind locale.normalize(), recorded from CPython 3.11\n'
                'by locale_aliases_gen.py: locale names by their lower-case alias,\n'
                'C library encoding names, and codec aliases."""\n\n')
        for name, table in [('LOCALE_ALIAS', locale.locale_alias),
                            ('LOCALE_ENCODING_ALIAS', locale.locale_encoding_alias),
                            ('CODEC_ALIASES', encodings.aliases.aliases)]:
            f.write(f'{name} = ')
            f.write(pprint.pformat(dict(sorted(table.items())), width=88))
            f.write('\n\n')


main()
