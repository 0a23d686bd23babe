# Modules CPython has imported before a script runs are not shadowed by a file of
# the same name on sys.path; other standard modules are.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    for name in ["io", "abc", "codecs", "stat", "colorsys"]:
        with open(os.path.join(d, name + ".py"), "w") as f:
            f.write(f"print('local {name} imported')\nLOCAL = True\n")
    sys.path.insert(0, d)
    import io
    import abc
    import codecs
    import stat
    print(hasattr(io, "LOCAL"), hasattr(io, "StringIO"), io.StringIO("x").read())
    print(hasattr(abc, "LOCAL"), hasattr(abc, "ABC"))
    print(hasattr(codecs, "LOCAL"), hasattr(codecs, "lookup"))
    print(hasattr(stat, "LOCAL"), hasattr(stat, "S_ISDIR"))
    sys.modules.pop("colorsys", None)
    import colorsys
    print(hasattr(colorsys, "LOCAL"))
    sys.path.remove(d)
    del sys.modules["colorsys"]
