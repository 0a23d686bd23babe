"""``ast.unparse``: Python source text for a tree, formatted as CPython 3.11 formats it
(four-space blocks, a blank line before each function and class, parentheses only where
operator precedence needs them)."""

import sys
from ast import (Constant, Expr, Name, Tuple, If, FunctionDef, AsyncFunctionDef,
                 ClassDef, Module, JoinedStr, FormattedValue, NodeVisitor)

# Operator binding strength, weakest first.
(P_NAMED, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND,
 P_SHIFT, P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT, P_ATOM) = range(1, 19)


def _stronger(p):
    return p + 1 if p < P_ATOM else p


_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)

_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ANY_QUOTES = _SINGLE_QUOTES + _TRIPLE_QUOTES

_UNARY = {'Invert': ('~', P_FACTOR), 'Not': ('not', P_NOT),
          'UAdd': ('+', P_FACTOR), 'USub': ('-', P_FACTOR)}
_BINARY = {
    'Add': ('+', P_ARITH), 'Sub': ('-', P_ARITH), 'Mult': ('*', P_TERM),
    'MatMult': ('@', P_TERM), 'Div': ('/', P_TERM), 'Mod': ('%', P_TERM),
    'LShift': ('<<', P_SHIFT), 'RShift': ('>>', P_SHIFT), 'BitOr': ('|', P_BOR),
    'BitXor': ('^', P_BXOR), 'BitAnd': ('&', P_BAND), 'FloorDiv': ('//', P_TERM),
    'Pow': ('**', P_POWER),
}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', P_AND), 'Or': ('or', P_OR)}


def _escape(c):
    # What the unicode_escape codec makes of one character.
    if c == '\\':
        return '\\\\'
    if c == '\n':
        return '\\n'
    if c == '\t':
        return '\\t'
    if c == '\r':
        return '\\r'
    code = ord(c)
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def _quote_choice(text, quotes, whitespace_escaped=True):
    """Escapes `text` for a string literal and narrows `quotes` to the quote kinds that
    can enclose it; returns (body, quotes)."""
    out = []
    for c in text:
        if not whitespace_escaped and c in '\n\t':
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(_escape(c))
        else:
            out.append(c)
    body = ''.join(out)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # No quote kind fits: fall back on repr() and its quote.
        shown = repr(text)
        first = shown[0]
        chosen = first
        for q in quotes:
            if first in q:
                chosen = q
                break
        return shown[1:-1], [chosen]
    if body:
        last = body[-1]
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            body = body[:-1] + '\\' + last
    return body, usable


class _Unparser(NodeVisitor):

    def __init__(self, in_fstring=False):
        self.out = []
        self.strength = {}
        self.depth = 0
        self.ignores = {}
        self.in_fstring = in_fstring

    # ----- output -----

    def write(self, *texts):
        self.out.extend(texts)

    def newline_unless_first(self):
        if self.out:
            self.write('\n')

    def line(self, text=''):
        self.newline_unless_first()
        self.write('    ' * self.depth + text)

    def join(self, sep, each, items):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            each(item)

    def items(self, each, items):
        # A single item keeps its trailing comma (a one-element tuple).
        if len(items) == 1:
            each(items[0])
            self.write(',')
        else:
            self.join(', ', each, items)

    def suite(self, body, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self.depth += 1
        self.emit(body)
        self.depth -= 1

    def wrapped(self, opening, closing, condition, emit, *args):
        if condition:
            self.write(opening)
        emit(*args)
        if condition:
            self.write(closing)

    def needs_parens(self, node, strength):
        return self.strength_of(node) > strength

    def set_strength(self, strength, *nodes):
        for node in nodes:
            self.strength[node] = strength

    def strength_of(self, node):
        return self.strength.get(node, P_TEST)

    def emit(self, node):
        if isinstance(node, list):
            for item in node:
                self.emit(item)
        else:
            NodeVisitor.visit(self, node)

    def visit(self, node):
        self.out = []
        self.emit(node)
        return ''.join(self.out)

    def type_comment(self, node):
        comment = self.ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return ' # type: ' + comment
        return None

    # ----- modules and statements -----

    def docstring_of(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            return None
        if not node.body or not isinstance(node.body[0], Expr):
            return None
        value = node.body[0].value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_of(node)
        if doc is None:
            self.emit(node.body)
            return
        self.line()
        if doc.kind == 'u':
            self.write('u')
        # A docstring keeps its line breaks and tabs.
        body, usable = _quote_choice(doc.value, _TRIPLE_QUOTES, False)
        self.write(usable[0] + body + usable[0])
        self.emit(node.body[1:])

    def visit_Module(self, node):
        self.ignores = {i.lineno: 'ignore' + i.tag for i in node.type_ignores}
        self.body_with_docstring(node)
        self.ignores = {}

    def visit_Interactive(self, node):
        self.emit(node.body)

    def visit_Expression(self, node):
        self.emit(node.body)

    def visit_FunctionType(self, node):
        self.write('(')
        self.join(', ', self.emit, node.argtypes)
        self.write(') -> ')
        self.emit(node.returns)

    def visit_Expr(self, node):
        self.line()
        self.set_strength(P_YIELD, node.value)
        self.emit(node.value)

    def visit_NamedExpr(self, node):
        paren = self.needs_parens(node, P_NAMED)
        if paren:
            self.write('(')
        self.set_strength(P_ATOM, node.target, node.value)
        self.emit(node.target)
        self.write(' := ')
        self.emit(node.value)
        if paren:
            self.write(')')

    def visit_Import(self, node):
        self.line('import ')
        self.join(', ', self.emit, node.names)

    def visit_ImportFrom(self, node):
        self.line('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.join(', ', self.emit, node.names)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.set_strength(P_TUPLE, target)
            self.emit(target)
            self.write(' = ')
        self.emit(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.line()
        self.emit(node.target)
        self.write(' ' + _BINARY[type(node.op).__name__][0] + '= ')
        self.emit(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        paren = not node.simple and isinstance(node.target, Name)
        self.wrapped('(', ')', paren, self.emit, node.target)
        self.write(': ')
        self.emit(node.annotation)
        if node.value:
            self.write(' = ')
            self.emit(node.value)

    def visit_Return(self, node):
        self.line('return')
        if node.value:
            self.write(' ')
            self.emit(node.value)

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Delete(self, node):
        self.line('del ')
        self.join(', ', self.emit, node.targets)

    def visit_Assert(self, node):
        self.line('assert ')
        self.emit(node.test)
        if node.msg:
            self.write(', ')
            self.emit(node.msg)

    def visit_Global(self, node):
        self.line('global ')
        self.join(', ', self.write, node.names)

    def visit_Nonlocal(self, node):
        self.line('nonlocal ')
        self.join(', ', self.write, node.names)

    def visit_Await(self, node):
        paren = self.needs_parens(node, P_AWAIT)
        if paren:
            self.write('(')
        self.write('await')
        if node.value:
            self.write(' ')
            self.set_strength(P_ATOM, node.value)
            self.emit(node.value)
        if paren:
            self.write(')')

    def visit_Yield(self, node):
        paren = self.needs_parens(node, P_YIELD)
        if paren:
            self.write('(')
        self.write('yield')
        if node.value:
            self.write(' ')
            self.set_strength(P_ATOM, node.value)
            self.emit(node.value)
        if paren:
            self.write(')')

    def visit_YieldFrom(self, node):
        paren = self.needs_parens(node, P_YIELD)
        if paren:
            self.write('(')
        self.write('yield from ')
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.set_strength(P_ATOM, node.value)
        self.emit(node.value)
        if paren:
            self.write(')')

    def visit_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.emit(node.exc)
        if node.cause:
            self.write(' from ')
            self.emit(node.cause)

    def try_statement(self, node, star):
        self.line('try')
        self.suite(node.body)
        for handler in node.handlers:
            if star:
                self.handler(handler, 'except*')
            else:
                self.emit(handler)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)
        if node.finalbody:
            self.line('finally')
            self.suite(node.finalbody)

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def handler(self, node, keyword):
        self.line(keyword)
        if node.type:
            self.write(' ')
            self.emit(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        self.suite(node.body)

    def visit_ExceptHandler(self, node):
        self.handler(node, 'except')

    def decorators(self, node):
        self.newline_unless_first()
        for decorator in node.decorator_list:
            self.line('@')
            self.emit(decorator)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.line('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.join(', ', self.emit, node.bases + node.keywords)
            self.write(')')
        self.write(':')
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.line(keyword + ' ' + node.name)
        self.write('(')
        self.emit(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.emit(node.returns)
        self.write(':')
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def loop(self, node, keyword):
        self.line(keyword)
        self.set_strength(P_TUPLE, node.target)
        self.emit(node.target)
        self.write(' in ')
        self.emit(node.iter)
        self.suite(node.body, self.type_comment(node))
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def visit_For(self, node):
        self.loop(node, 'for ')

    def visit_AsyncFor(self, node):
        self.loop(node, 'async for ')

    def visit_If(self, node):
        self.line('if ')
        self.emit(node.test)
        self.suite(node.body)
        # An `else` holding only an `if` is written as `elif`.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.emit(node.test)
            self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def visit_While(self, node):
        self.line('while ')
        self.emit(node.test)
        self.suite(node.body)
        if node.orelse:
            self.line('else')
            self.suite(node.orelse)

    def with_statement(self, node, keyword):
        self.line(keyword)
        self.join(', ', self.emit, node.items)
        self.suite(node.body, self.type_comment(node))

    def visit_With(self, node):
        self.with_statement(node, 'with ')

    def visit_AsyncWith(self, node):
        self.with_statement(node, 'async with ')

    def visit_withitem(self, node):
        self.emit(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.emit(node.optional_vars)

    def visit_Match(self, node):
        self.line('match ')
        self.emit(node.subject)
        self.suite(node.cases)

    def visit_match_case(self, node):
        self.line('case ')
        self.emit(node.pattern)
        if node.guard:
            self.write(' if ')
            self.emit(node.guard)
        self.suite(node.body)

    # ----- strings -----

    def string_literal(self, text, quotes=_ANY_QUOTES):
        # Line breaks and tabs stay as they are (the literal is then triple-quoted):
        # an f-string's expression part cannot hold a backslash.
        body, usable = _quote_choice(text, quotes, False)
        self.write(usable[0] + body + usable[0])

    def constant(self, value):
        if isinstance(value, (float, complex)):
            text = repr(value).replace('inf', _INFINITY)
            self.write(text.replace('nan', '(%s-%s)' % (_INFINITY, _INFINITY)))
        elif self.in_fstring and isinstance(value, str):
            self.string_literal(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.items(self.constant, value)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def fstring_part(self, node, pieces):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_part(value, pieces)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            pieces.append(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.fstring_field(node, pieces)
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def fstring_field(self, node, pieces):
        pieces.append('{')
        inner = _Unparser(in_fstring=True)
        inner.set_strength(_stronger(P_TEST), node.value)
        text = inner.visit(node.value)
        if text.startswith('{'):
            # `{ {` rather than `{{`, which would be a literal brace.
            pieces.append(' ')
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        pieces.append(text)
        if node.conversion != -1:
            pieces.append('!' + chr(node.conversion))
        if node.format_spec:
            pieces.append(':')
            self.fstring_part(node.format_spec, pieces)
        pieces.append('}')

    def visit_JoinedStr(self, node):
        self.write('f')
        if self.in_fstring:
            pieces = []
            self.fstring_part(node, pieces)
            self.string_literal(''.join(pieces))
            return
        parts = []
        for value in node.values:
            pieces = []
            self.fstring_part(value, pieces)
            parts.append((''.join(pieces), isinstance(value, Constant)))
        # Literal pieces show line breaks as escapes; every piece narrows the quote
        # kinds that can enclose the whole string.
        quotes = _ANY_QUOTES
        bodies = []
        for text, literal in parts:
            body, narrowed = _quote_choice(text, quotes, literal)
            if not set(narrowed) & set(quotes):
                # No quote kind suits every piece: triple single quotes, with the
                # literal pieces escaped as repr() escapes inside double quotes.
                quotes = ["'''"]
                bodies = [repr('"' + t)[2:-1] if lit else t for t, lit in parts]
                break
            quotes = narrowed
            bodies.append(body)
        self.write(quotes[0] + ''.join(bodies) + quotes[0])

    def visit_FormattedValue(self, node):
        pieces = []
        self.fstring_field(node, pieces)
        self.write(''.join(pieces))

    # ----- expressions -----

    def visit_Name(self, node):
        self.write(node.id)

    def visit_List(self, node):
        self.write('[')
        self.join(', ', self.emit, node.elts)
        self.write(']')

    def comprehension_display(self, node, opening, closing, key=None):
        self.write(opening)
        if key is not None:
            self.emit(key)
            self.write(': ')
        self.emit(node.value if key is not None else node.elt)
        for generator in node.generators:
            self.emit(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_display(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self.comprehension_display(node, '(', ')')

    def visit_SetComp(self, node):
        self.comprehension_display(node, '{', '}')

    def visit_DictComp(self, node):
        self.comprehension_display(node, '{', '}', node.key)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_strength(P_TUPLE, node.target)
        self.emit(node.target)
        self.write(' in ')
        self.set_strength(_stronger(P_TEST), node.iter, *node.ifs)
        self.emit(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.emit(condition)

    def visit_IfExp(self, node):
        paren = self.needs_parens(node, P_TEST)
        if paren:
            self.write('(')
        self.set_strength(_stronger(P_TEST), node.body, node.test)
        self.emit(node.body)
        self.write(' if ')
        self.emit(node.test)
        self.write(' else ')
        self.set_strength(P_TEST, node.orelse)
        self.emit(node.orelse)
        if paren:
            self.write(')')

    def visit_Set(self, node):
        if not node.elts:
            # There is no empty-set display.
            self.write('{*()}')
            return
        self.write('{')
        self.join(', ', self.emit, node.elts)
        self.write('}')

    def dict_item(self, pair):
        key, value = pair
        if key is None:
            self.write('**')
            self.set_strength(P_BOR, value)
            self.emit(value)
        else:
            self.emit(key)
            self.write(': ')
            self.emit(value)

    def visit_Dict(self, node):
        self.write('{')
        self.join(', ', self.dict_item, zip(node.keys, node.values))
        self.write('}')

    def visit_Tuple(self, node):
        paren = not node.elts or self.needs_parens(node, P_TUPLE)
        self.wrapped('(', ')', paren, self.items, self.emit, node.elts)

    def visit_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op).__name__]
        paren = self.needs_parens(node, strength)
        if paren:
            self.write('(')
        self.write(symbol)
        if strength != P_FACTOR:
            self.write(' ')
        self.set_strength(strength, node.operand)
        self.emit(node.operand)
        if paren:
            self.write(')')

    def visit_BinOp(self, node):
        symbol, strength = _BINARY[type(node.op).__name__]
        paren = self.needs_parens(node, strength)
        if paren:
            self.write('(')
        if symbol == '**':
            # Right-associative: the left operand binds tighter.
            self.set_strength(_stronger(strength), node.left)
            self.set_strength(strength, node.right)
        else:
            self.set_strength(strength, node.left)
            self.set_strength(_stronger(strength), node.right)
        self.emit(node.left)
        self.write(' ' + symbol + ' ')
        self.emit(node.right)
        if paren:
            self.write(')')

    def visit_Compare(self, node):
        paren = self.needs_parens(node, P_CMP)
        if paren:
            self.write('(')
        self.set_strength(_stronger(P_CMP), node.left, *node.comparators)
        self.emit(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(' ' + _COMPARE[type(op).__name__] + ' ')
            self.emit(right)
        if paren:
            self.write(')')

    def visit_BoolOp(self, node):
        word, strength = _BOOL[type(node.op).__name__]
        paren = self.needs_parens(node, strength)
        if paren:
            self.write('(')
        # Each operand after the first is held to a stronger binding than the one
        # before it.
        level = strength
        for i, value in enumerate(node.values):
            if i:
                self.write(' ' + word + ' ')
            level = _stronger(level)
            self.set_strength(level, value)
            self.emit(value)
        if paren:
            self.write(')')

    def visit_Attribute(self, node):
        self.set_strength(P_ATOM, node.value)
        self.emit(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            # `1 .real`: `1.real` would read as a float.
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.set_strength(P_ATOM, node.func)
        self.emit(node.func)
        self.write('(')
        self.join(', ', self.emit, node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.set_strength(P_ATOM, node.value)
        self.emit(node.value)
        self.write('[')
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            self.items(self.emit, index.elts)
        else:
            self.emit(index)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_strength(P_BOR, node.value)
        self.emit(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.emit(node.lower)
        self.write(':')
        if node.upper:
            self.emit(node.upper)
        if node.step:
            self.write(':')
            self.emit(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.emit(node.annotation)

    def visit_arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        missing = len(positional) - len(node.defaults)
        for i, arg in enumerate(positional):
            default = node.defaults[i - missing] if i >= missing else None
            parts.append((arg, default))
            if i + 1 == len(node.posonlyargs):
                parts.append('/')
        if node.vararg or node.kwonlyargs:
            parts.append(('*', node.vararg))
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            parts.append((arg, default))
        if node.kwarg:
            parts.append(('**', node.kwarg))
        for i, part in enumerate(parts):
            if part == '/':
                self.write(', /')
                continue
            if i:
                self.write(', ')
            first, second = part
            if isinstance(first, str):
                self.write(first)
                if second is not None:
                    self.write(second.arg)
                    if second.annotation:
                        self.write(': ')
                        self.emit(second.annotation)
                continue
            self.emit(first)
            if second:
                self.write('=')
                self.emit(second)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.emit(node.value)

    def visit_Lambda(self, node):
        paren = self.needs_parens(node, P_TEST)
        if paren:
            self.write('(')
        self.write('lambda')
        saved = self.out
        self.out = []
        self.emit(node.args)
        params = self.out
        self.out = saved
        if params:
            self.write(' ', *params)
        self.write(': ')
        self.set_strength(P_TEST, node.body)
        self.emit(node.body)
        if paren:
            self.write(')')

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # ----- patterns -----

    def visit_MatchValue(self, node):
        self.emit(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.join(', ', self.emit, node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name or '_'))

    def mapping_item(self, pair):
        key, pattern = pair
        self.emit(key)
        self.write(': ')
        self.emit(pattern)

    def visit_MatchMapping(self, node):
        if len(node.keys) != len(node.patterns):
            raise ValueError('MatchMapping keys and patterns differ in length')
        self.write('{')
        self.join(', ', self.mapping_item, zip(node.keys, node.patterns))
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def keyword_pattern(self, pair):
        name, pattern = pair
        self.write(name + '=')
        self.emit(pattern)

    def visit_MatchClass(self, node):
        self.set_strength(P_ATOM, node.cls)
        self.emit(node.cls)
        self.write('(')
        self.join(', ', self.emit, node.patterns)
        if node.kwd_attrs:
            if len(node.kwd_attrs) != len(node.kwd_patterns):
                raise ValueError('MatchClass kwd_attrs and kwd_patterns differ in length')
            if node.patterns:
                self.write(', ')
            self.join(', ', self.keyword_pattern, zip(node.kwd_attrs, node.kwd_patterns))
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            paren = self.needs_parens(node, P_TEST)
            if paren:
                self.write('(')
            self.set_strength(P_BOR, node.pattern)
            self.emit(node.pattern)
            self.write(' as ' + node.name)
            if paren:
                self.write(')')

    def visit_MatchOr(self, node):
        paren = self.needs_parens(node, P_BOR)
        if paren:
            self.write('(')
        self.set_strength(_stronger(P_BOR), *node.patterns)
        self.join(' | ', self.emit, node.patterns)
        if paren:
            self.write(')')


def unparse(node):
    return _Unparser().visit(node)
