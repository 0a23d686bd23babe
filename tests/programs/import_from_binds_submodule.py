# `from package import submodule` makes the submodule an attribute of the package,
# as `import package.submodule` does.
from logging import handlers
import logging

print(hasattr(logging, 'handlers'), logging.handlers is handlers)

from urllib import parse
import urllib

print(urllib.parse is parse, urllib.parse.quote('a b'))
