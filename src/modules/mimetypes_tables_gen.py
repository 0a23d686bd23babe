"""Writes py/_mimetypes_tables.py: the built-in tables mimetypes starts from, recorded
from CPython 3.11's mimetypes module (run with python3 3.11). The tables are kept as
lists of pairs in CPython's order, which decides guess_extension's answer when a type
has several extensions."""

import mimetypes
import os
import pprint

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = os.path.join(HERE, 'py', '_mimetypes_tables.py')
    with open(out, 'w') as f:
        f.write('"""The tables mimetypes starts from, recorded from CPython 3.11 by\n'
                'mimetypes_tables_gen.py, as (key, value) pairs in CPython\'s order."""\n\n')
        for name, table in [('SUFFIX_MAP', mimetypes._suffix_map_default),
                            ('ENCODINGS_MAP', mimetypes._encodings_map_default),
                            ('TYPES_MAP', mimetypes._types_map_default),
                            ('COMMON_TYPES', mimetypes._common_types_default)]:
            f.write(f'{name} = ')
            f.write(pprint.pformat(list(table.items()), width=88))
            f.write('\n\n')


main()
