"""Abstract syntax trees of Python source, as CPython 3.11's ``ast`` module gives them.

``parse`` (through ``compile(..., PyCF_ONLY_AST)``) is minipy's own parser; the node
classes, ``dump``, ``literal_eval``, the visitors and the location helpers are defined
here, ``unparse`` in ``_ast_unparse``.
"""

import sys as _sys

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

# The node classes, one per line: an unindented name is an abstract base, the indented
# names under it its concrete classes.  `@` marks classes with position attributes;
# field names end in `*` (a list) or `?` (optional: the class attribute is None).
_GRAMMAR = """
mod
  Module body* type_ignores*
  Interactive body*
  Expression body
  FunctionType argtypes* returns
stmt @
  FunctionDef name args body* decorator_list* returns? type_comment?
  AsyncFunctionDef name args body* decorator_list* returns? type_comment?
  ClassDef name bases* keywords* body* decorator_list*
  Return value?
  Delete targets*
  Assign targets* value type_comment?
  AugAssign target op value
  AnnAssign target annotation value? simple
  For target iter body* orelse* type_comment?
  AsyncFor target iter body* orelse* type_comment?
  While test body* orelse*
  If test body* orelse*
  With items* body* type_comment?
  AsyncWith items* body* type_comment?
  Match subject cases*
  Raise exc? cause?
  Try body* handlers* orelse* finalbody*
  TryStar body* handlers* orelse* finalbody*
  Assert test msg?
  Import names*
  ImportFrom module? names* level?
  Global names*
  Nonlocal names*
  Expr value
  Pass
  Break
  Continue
expr @
  BoolOp op values*
  NamedExpr target value
  BinOp left op right
  UnaryOp op operand
  Lambda args body
  IfExp test body orelse
  Dict keys* values*
  Set elts*
  ListComp elt generators*
  SetComp elt generators*
  DictComp key value generators*
  GeneratorExp elt generators*
  Await value
  Yield value?
  YieldFrom value
  Compare left ops* comparators*
  Call func args* keywords*
  FormattedValue value conversion format_spec?
  JoinedStr values*
  Constant value kind?
  Attribute value attr ctx
  Subscript value slice ctx
  Starred value ctx
  Name id ctx
  List elts* ctx
  Tuple elts* ctx
  Slice lower? upper? step?
expr_context
  Load
  Store
  Del
  AugLoad
  AugStore
  Param
boolop
  And
  Or
operator
  Add
  Sub
  Mult
  MatMult
  Div
  Mod
  Pow
  LShift
  RShift
  BitOr
  BitXor
  BitAnd
  FloorDiv
unaryop
  Invert
  Not
  UAdd
  USub
cmpop
  Eq
  NotEq
  Lt
  LtE
  Gt
  GtE
  Is
  IsNot
  In
  NotIn
excepthandler @
  ExceptHandler type? name? body*
pattern @=
  MatchValue value
  MatchSingleton value
  MatchSequence patterns*
  MatchMapping keys* patterns* rest?
  MatchClass cls patterns* kwd_attrs* kwd_patterns*
  MatchStar name?
  MatchAs pattern? name?
  MatchOr patterns*
type_ignore
  TypeIgnore lineno tag
comprehension : target iter ifs* is_async
arguments : posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
arg @ : arg annotation? type_comment?
keyword @ : arg? value
alias @ : name asname?
withitem : context_expr optional_vars?
match_case : pattern guard? body*
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        names = type(self)._fields
        if len(args) > len(names):
            count = len(names)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, count, '' if count == 1 else 's'))
        for name, value in zip(names, args):
            setattr(self, name, value)
        given = names[:len(args)]
        for name, value in kwargs.items():
            if name in given:
                raise TypeError("%s got multiple values for argument '%s'"
                                % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        if state:
            return type(self), (), state
        return type(self), ()


def _make_class(name, base, fields, attributes):
    names = tuple(f.rstrip('*?') for f in fields)
    namespace = {'_fields': names, '__match_args__': names, '__module__': 'ast'}
    if attributes is not None:
        namespace['_attributes'] = attributes
    for f in fields:
        if f.endswith('?'):
            namespace[f[:-1]] = None
    namespace['__doc__'] = '%s(%s)' % (name, ', '.join(fields)) if fields else name
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _define_classes():
    base = AST
    for line in _GRAMMAR.strip().splitlines():
        words = line.split()
        if not line.startswith(' '):
            # `@=`: the end position is required too (patterns).
            positions = _POSITIONS if '@' in words or '@=' in words else ()
            fields = words[words.index(':') + 1:] if ':' in words else ()
            cls = _make_class(words[0], AST, fields, positions)
            if '@' in words:
                cls.end_lineno = None
                cls.end_col_offset = None
            if not fields:
                base = cls
        else:
            _make_class(words[0], base, words[1:], None)


_define_classes()
del _define_classes

_singletons = {}
for _base in (expr_context, boolop, operator, unaryop, cmpop):
    for _cls in _base.__subclasses__():
        _singletons[_cls.__name__] = _cls()
del _base, _cls


# Classes of the tree before 3.9, kept so that old code still runs: `Index(v)` is `v`,
# `ExtSlice(dims)` a Tuple of them; `slice` and `Suite` are never made by the parser.

def _index(cls, value, **kwargs):
    return value


def _ext_slice(cls, dims=(), **kwargs):
    return Tuple(list(dims), Load(), **kwargs)


slice = type('slice', (AST,), {'__module__': 'ast', '__doc__': 'Deprecated AST node class.'})
Index = type('Index', (slice,), {'__module__': 'ast', '__new__': _index,
                                 '__doc__': 'Deprecated: use the index value itself.'})
ExtSlice = type('ExtSlice', (slice,), {'__module__': 'ast', '__new__': _ext_slice,
                                       '__doc__': 'Deprecated: use ast.Tuple.'})
Suite = type('Suite', (mod,), {'__module__': 'ast', '__doc__': 'Deprecated AST node class.'})


def _value_alias():
    return property(lambda self: self.value,
                    lambda self, value: setattr(self, 'value', value))


Constant.n = _value_alias()
Constant.s = _value_alias()


class _ConstantKind(type):
    """Metaclass of the pre-3.8 constant classes: an instance check asks whether a
    Constant holds a value of the class's types."""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        allowed = cls._value_types
        if not isinstance(inst.value, allowed):
            return False
        return not (cls._value_types_excluded and
                    isinstance(inst.value, cls._value_types_excluded))


def _old_constant_class(name, field, types, excluded=()):
    def construct(cls, *args, **kwargs):
        for key, value in list(kwargs.items()):
            if key == field:
                if args:
                    raise TypeError('%s got multiple values for argument %r'
                                    % (cls.__name__, key))
                del kwargs[key]
                kwargs['value'] = value
        if name == 'Ellipsis' and not args and 'value' not in kwargs:
            args = (...,)
        return Constant(*args, **kwargs)
    namespace = {'_fields': (field,), '__new__': construct, '__module__': 'ast',
                 '_value_types': types, '_value_types_excluded': excluded,
                 '__doc__': 'Deprecated AST node class. Use ast.Constant instead'}
    cls = _ConstantKind(name, (Constant,), namespace)
    globals()[name] = cls
    return cls


_old_constant_class('Num', 'n', (int, float, complex), (bool,))
_old_constant_class('Str', 's', (str,))
_old_constant_class('Bytes', 's', (bytes,))
_old_constant_class('NameConstant', 'value', (type(None), bool))
_old_constant_class('Ellipsis', 'value', (type(...),))
del _old_constant_class

_CONSTANT_VISIT_NAMES = (
    (bool, 'NameConstant'), (type(None), 'NameConstant'), (int, 'Num'),
    (float, 'Num'), (complex, 'Num'), (str, 'Str'), (bytes, 'Bytes'),
    (type(...), 'Ellipsis'),
)


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile with the PyCF_ONLY_AST flag)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        feature_version = -1
    elif isinstance(feature_version, tuple):
        major, feature_version = feature_version
        assert major == 3
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version)


def _malformed(node):
    message = 'malformed node or string'
    line = getattr(node, 'lineno', None)
    if line:
        message += ' on line %d' % line
    raise ValueError(message + ': %r' % (node,))


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return -value if isinstance(node.op, USub) else +value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, (Tuple, List, Set)):
        items = [_literal(item) for item in node.elts]
        if isinstance(node, Tuple):
            return tuple(items)
        return items if isinstance(node, List) else set(items)
    if (isinstance(node, Call) and isinstance(node.func, Name)
            and node.func.id == 'set' and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        real = _literal_signed(node.left)
        imag = _literal_number(node.right)
        if isinstance(real, (int, float)) and isinstance(imag, complex):
            return real + imag if isinstance(node.op, Add) else real - imag
    return _literal_signed(node)


def literal_eval(node_or_string):
    """Evaluate a node or a string holding only a Python literal or container display
    (strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None, Ellipsis)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def show(value, depth):
        # Returns the text and whether it counts as simple (no nested structure).
        if indent is None:
            lead, between = '', ', '
        else:
            depth += 1
            lead = '\n' + indent * depth
            between = ',\n' + indent * depth
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            named = annotate_fields
            for name in value._fields:
                try:
                    item = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if item is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = show(item, depth)
                all_simple = all_simple and simple
                parts.append(name + '=' + text if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        item = getattr(value, name)
                    except AttributeError:
                        continue
                    if item is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = show(item, depth)
                    all_simple = all_simple and simple
                    parts.append(name + '=' + text)
            if all_simple and len(parts) <= 3:
                return cls.__name__ + '(' + ', '.join(parts) + ')', not parts
            return cls.__name__ + '(' + lead + between.join(parts) + ')', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            texts = [show(item, depth)[0] for item in value]
            return '[' + lead + between.join(texts) + ']', False
        return repr(value), True

    return show(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source position of old_node to new_node (where both have one)."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        if value is None and not (name.startswith('end_') and hasattr(old_node, name)):
            continue
        setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks a position its parent's position."""
    stack = [(node, 1, 0, 1, 0)]
    while stack:
        current, line, col, end_line, end_col = stack.pop()
        attributes = current._attributes
        if 'lineno' in attributes:
            if hasattr(current, 'lineno'):
                line = current.lineno
            else:
                current.lineno = line
        if 'end_lineno' in attributes:
            if getattr(current, 'end_lineno', None) is None:
                current.end_lineno = end_line
            else:
                end_line = current.end_lineno
        if 'col_offset' in attributes:
            if hasattr(current, 'col_offset'):
                col = current.col_offset
            else:
                current.col_offset = col
        if 'end_col_offset' in attributes:
            if getattr(current, 'end_col_offset', None) is None:
                current.end_col_offset = end_col
            else:
                end_col = current.end_col_offset
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            stack.append((child, line, col, end_line, end_col))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and every node under it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        names = child._attributes
        if 'lineno' in names:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in names and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the nodes directly under node: its node fields and the nodes in its list
    fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and every node under it, breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    text = first.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _source_lines(source):
    # Lines with their ends, split only at \r\n, \n and \r (not at form feeds).
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from, or None without end positions. With
    padded, a multi-line segment's first line is indented to its column."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    head = lines[first_line].encode()
    pad = ''
    if padded:
        pad = ''.join(c if c in '\f\t' else ' ' for c in head[:start].decode())
    pieces = [pad + head[start:].decode()]
    pieces.extend(lines[first_line + 1:last_line])
    pieces.append(lines[last_line].encode()[:end].decode())
    return ''.join(pieces)


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) for each node, or generic_visit,
    which visits the node's children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, AST):
                self.visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)

    def visit_Constant(self, node):
        kind = None
        for types, name in _CONSTANT_VISIT_NAMES:
            if isinstance(node.value, types):
                kind = name
                break
        if kind is not None:
            old = getattr(self, 'visit_' + kind, None)
            if old is not None:
                import warnings
                warnings.warn('visit_%s is deprecated; add visit_Constant' % kind,
                              DeprecationWarning, 2)
                return old(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node: None
    removes it, a list (in a list field) puts several in its place."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                replaced = []
                for item in value:
                    if not isinstance(item, AST):
                        replaced.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        replaced.append(result)
                    else:
                        replaced.extend(result)
                value[:] = replaced
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node


def unparse(ast_obj):
    """Python source text for the tree (CPython's formatting)."""
    from _ast_unparse import unparse as run
    return run(ast_obj)

