"""The command line of the json module: `python -m json.tool [infile] [outfile]`
validates JSON and writes it back pretty-printed (or compact, sorted, one document
per line with --json-lines)."""

import argparse
import json
import sys


def _options(argv=None):
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate '
                    'and pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', default=sys.stdin,
                        type=argparse.FileType(encoding='utf-8'),
                        help='a JSON file to be validated or pretty-printed')
    parser.add_argument('outfile', nargs='?', default=None,
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the JSON Lines format. Use with '
                             '--no-indent or --compact to produce valid JSON Lines '
                             'output.')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of '
                             'spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for '
                             'indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return parser.parse_args(argv)


def _documents(infile, json_lines):
    """The documents of the input: each line's with --json-lines (read as they are
    written), else the one the whole file holds."""
    if json_lines:
        for line in infile:
            yield json.loads(line)
    else:
        yield json.load(infile)


def main(argv=None):
    options = _options(argv)
    layout = {'sort_keys': options.sort_keys, 'indent': options.indent,
              'ensure_ascii': options.ensure_ascii}
    if options.compact:
        layout['indent'] = None
        layout['separators'] = (',', ':')
    infile = options.infile
    try:
        out = sys.stdout
        if options.outfile is not None:
            out = open(options.outfile, 'w', encoding='utf-8')
        try:
            for document in _documents(infile, options.json_lines):
                json.dump(document, out, **layout)
                out.write('\n')
        finally:
            if out is not sys.stdout:
                out.close()
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if infile is not sys.stdin:
            infile.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
