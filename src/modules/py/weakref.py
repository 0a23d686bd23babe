"""Weak references (the containers are built on the _weakref primitives)."""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
