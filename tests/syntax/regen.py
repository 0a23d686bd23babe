"""Regenerates the expected outputs of the parser corpus from CPython 3.11.

    python3 tests/syntax/regen.py

ok/NAME.py  -> ok/NAME.ast  (ast.dump of ast.parse)
            -> ok/NAME.pos  (the same with include_attributes=True)
err/NAME.py -> err/expected.tsv (one line per file: name, exception class, lineno,
               offset, end_lineno, end_offset, message), from compile(..., "exec", PyCF_ONLY_AST), which is
               what ast.parse does.
"""
import ast
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("regen.py must run under CPython 3.11 (found %s)" % sys.version.split()[0])

HERE = pathlib.Path(__file__).resolve().parent


def read(path):
    # Bytes, decoded as UTF-8 without newline translation: the Rust test reads the file
    # the same way and hands the text to the parser unchanged. A byte-order mark is
    # dropped, as Python does when it runs a file.
    return path.read_bytes().decode("utf-8-sig")


def regen_ok():
    for py in sorted((HERE / "ok").glob("*.py")):
        tree = ast.parse(read(py))
        py.with_suffix(".ast").write_text(ast.dump(tree) + "\n", encoding="utf-8")
        py.with_suffix(".pos").write_text(
            ast.dump(tree, include_attributes=True) + "\n", encoding="utf-8"
        )


def regen_err():
    lines = []
    for py in sorted((HERE / "err").glob("*.py")):
        try:
            compile(read(py), py.name, "exec", flags=ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            msg = e.msg.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            lines.append(
                "\t".join(
                    [
                        py.stem,
                        type(e).__name__,
                        str(e.lineno),
                        str(e.offset),
                        str(e.end_lineno),
                        str(e.end_offset),
                        msg,
                    ]
                )
            )
        else:
            sys.exit("%s parses without error: an error case must fail" % py)
    (HERE / "err" / "expected.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


regen_ok()
regen_err()
