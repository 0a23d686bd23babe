# The modules CPython 3.11 freezes show (frozen) in their repr.
import abc
import codecs
import io
import os
import stat
import sys
import time

for m in (os, os.path, abc, codecs, io, stat, sys, time):
    print(m)
