import os
import os.path
import os.path as osp, sys
import a.b.c as d
from os import path
from os import path as p, sep
from os import (path,
    sep as s,
)
from . import x
from .. import y
from ... import z
from .... import w
from .mod import thing
from ..pkg.mod import (a, b)
from module import *
from . mod import x
