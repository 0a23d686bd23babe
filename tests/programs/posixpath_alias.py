# posixpath is the module os.path is, importable under its own name before os.
import posixpath
import os
import sys

print(posixpath is os.path, sys.modules["posixpath"] is sys.modules["os.path"])
print(posixpath.__name__, posixpath.join("a", "b"), posixpath.sep)
from posixpath import splitext, normpath
print(splitext("archive.tar.gz"), normpath("/a/./b/../c"))
