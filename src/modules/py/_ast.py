"""The node classes and compile() flags of `ast`, under the name of CPython's C module
(the same class objects; the deprecated classes are only in `ast`)."""

import ast as _ast

_OLD = {'AugLoad', 'AugStore', 'Param', 'slice', 'Index', 'ExtSlice', 'Suite'}

for _name, _value in list(vars(_ast).items()):
    if _name.startswith('PyCF_') or (
            isinstance(_value, type) and issubclass(_value, _ast.AST)
            and not isinstance(_value, _ast._ConstantKind) and _name not in _OLD):
        globals()[_name] = _value
del _name, _value, _ast, _OLD
