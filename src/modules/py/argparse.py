"""Command-line parsing for minipy programs.

A program describes the arguments it accepts to an ArgumentParser
(add_argument, groups, sub-commands); parse_args() then turns a list of
strings (sys.argv[1:] by default) into a Namespace of values, and writes the
usage, help and error messages a user sees.

    parser = argparse.ArgumentParser(description='Count lines.')
    parser.add_argument('files', nargs='+')
    parser.add_argument('-v', '--verbose', action='store_true')
    options = parser.parse_args()

The layout of the messages, the matching of options and values and the
errors raised all follow CPython 3.11.
"""

import os
import re
import sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# The special values of nargs besides a number.
OPTIONAL = '?'              # zero or one
ONE_OR_MORE = '+'
ZERO_OR_MORE = '*'
REMAINDER = '...'           # everything left, options included
PARSER = 'A...'             # a sub-command name and everything after it

# Marks a default, a help text or a destination that must not appear at all.
SUPPRESS = '==SUPPRESS=='


# =============================================================================
# Value holders
# =============================================================================

class _AttributeHolder(object):
    """Mixin whose repr reads like a call: Name(arg, key=value, ...)."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        unusual = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                # Attributes that cannot be keyword arguments are shown as
                # a **{...} mapping.
                unusual[name] = value
        if unusual:
            shown.append('**%r' % (unusual,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


def _copy_items(items):
    # Appending actions must not change a default list in place.
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


# =============================================================================
# Errors
# =============================================================================

def _get_action_name(argument):
    """How error messages name an argument: its option strings, else its
    metavar, destination or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for label in (argument.metavar, argument.dest):
        if label not in (None, SUPPRESS):
            return label
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument, in its definition or on the command line."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= converter to report a value it rejects; the message
    is shown as it is."""


# A sub-parser leaves the strings it could not use under this attribute of
# the namespace, for the parent to report.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# =============================================================================
# Actions: what happens when an argument is seen
# =============================================================================

class Action(_AttributeHolder):
    """Describes one argument and, when called, stores what it was given.

    The parser calls action(parser, namespace, values, option_string) with
    the converted values; subclasses decide what to do with them."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices = type, choices
        self.required, self.help, self.metavar = required, help, metavar

    _REPR_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                    'type', 'choices', 'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._REPR_FIELDS]

    def format_usage(self):
        """How a flag (an option taking no value) reads in the usage line."""
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _check_value_count(nargs, const, kind, alternative):
    # Shared by the actions that record the strings they are given.
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s may be '
                         'more appropriate' % (kind, alternative))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    """Store the value (or list of values); a later occurrence replaces it."""

    def __init__(self,
                 option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None,
                 metavar=None):
        _check_value_count(nargs, const, 'store',
                           'you have nothing to store, actions such as store '
                           'true or store const')
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    """A flag that stores a fixed value."""

    def __init__(self,
                 option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    """A flag that stores True (False when absent)."""

    def __init__(self,
                 option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    """A flag that stores False (True when absent)."""

    def __init__(self,
                 option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):
    """Collect the value of every occurrence in a list."""

    def __init__(self,
                 option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None,
                 metavar=None):
        _check_value_count(nargs, const, 'append',
                           'arg strings are not supplying the value to '
                           'append, the append const action')
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.append(values)
        setattr(namespace, self.dest, collected)


class _AppendConstAction(Action):
    """A flag that appends a fixed value to a list each time it is seen."""

    def __init__(self,
                 option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.append(self.const)
        setattr(namespace, self.dest, collected)


class _CountAction(Action):
    """A flag counting how often it occurs (-vvv gives 3)."""

    def __init__(self,
                 option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        if so_far is None:
            so_far = 0
        setattr(namespace, self.dest, so_far + 1)


class _ExtendAction(_AppendAction):
    """Like append, but each occurrence adds its values one by one."""

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.extend(values)
        setattr(namespace, self.dest, collected)


class _HelpAction(Action):
    """-h/--help: print the help and leave."""

    def __init__(self,
                 option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    """--version: print the version string (after %(prog)s expansion) and
    leave."""

    def __init__(self,
                 option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """A --name flag that also gets a --no-name form: the first stores True,
    the second False."""

    def __init__(self,
                 option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        with_negatives = []
        for option in option_strings:
            with_negatives.append(option)
            if option.startswith('--'):
                with_negatives.append('--no-' + option[2:])
        super().__init__(with_negatives, dest, nargs=0, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional argument that picks a sub-command; the remaining
    strings go to that command's own parser."""

    class _ChoicesPseudoAction(Action):
        # Stands for one sub-command in the help listing.
        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__([], name, help=help, metavar=shown)

    def __init__(self,
                 option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        # Command name (aliases included) -> its parser; also the choices.
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        """Create and return the parser for sub-command *name*; the keyword
        arguments go to its constructor, except aliases= and help=."""
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self,
                                    'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            listing = self._ChoicesPseudoAction(name, aliases,
                                                kwargs.pop('help'))
            self._choices_actions.append(listing)
        parser = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        subparser = self._name_parser_map.get(command)
        if subparser is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (command, ', '.join(self._name_parser_map)))
        # The sub-parser fills a namespace of its own, so that its defaults
        # do not hide values already parsed; then they are copied over.
        sub_namespace, leftovers = subparser.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftovers:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftovers)


# =============================================================================
# FileType
# =============================================================================

class FileType(object):
    """A type= converter that opens the named file ('-' means standard input
    or output, by mode)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        binary = 'b' in self._mode
        if string == '-':
            if 'r' in self._mode:
                stream = sys.stdin
            elif any(letter in self._mode for letter in 'wax'):
                stream = sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            return stream.buffer if binary else stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize)
                 if value != -1]
        for keyword in ('encoding', 'errors'):
            value = getattr(self, '_' + keyword)
            if value is not None:
                shown.append('%s=%r' % (keyword, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# =============================================================================
# Help formatting
# =============================================================================

class _HelpSection(object):
    """A titled block of help (or the whole text, for the root). Its items
    are rendered only at the end, once every argument's width is known."""

    def __init__(self, formatter, parent, heading=None):
        self.formatter, self.parent, self.heading = formatter, parent, heading
        self.items = []     # (render function, its arguments)

    def format_help(self):
        formatter = self.formatter
        nested = self.parent is not None
        if nested:
            formatter._indent()
        body = formatter._join_parts([render(*args)
                                      for render, args in self.items])
        if nested:
            formatter._dedent()
        if not body:
            return ''
        title = ''
        if self.heading is not None and self.heading is not SUPPRESS:
            title = ' ' * formatter._current_indent + '%s:\n' % (self.heading,)
        return '\n' + title + body + '\n'


# Pieces of an over-long usage line that must stay whole when it is broken:
# a bracketed or parenthesised group, or else a single word.
_USAGE_CHUNK = re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


def _usage_chunks(text):
    chunks = _USAGE_CHUNK.findall(text)
    # A metavar with spaces or brackets of its own cannot be split safely.
    assert ' '.join(chunks) == text
    return chunks


def _fill_usage(chunks, indent, width, prefix=None):
    """Lay *chunks* out in lines of at most *width* characters, each line
    starting with *indent*; with *prefix*, the first line leaves room for it
    and carries no indent."""
    lines = []
    line = []
    used = len(indent if prefix is None else prefix) - 1
    for chunk in chunks:
        if line and used + 1 + len(chunk) > width:
            lines.append(indent + ' '.join(line))
            line = []
            used = len(indent) - 1
        line.append(chunk)
        used += 1 + len(chunk)
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


_OPENING = r'[\[(]'
_CLOSING = r'[\])]'


def _tidy_usage(text):
    # No space inside a bracket, and no bracket pairs left empty by
    # suppressed arguments.
    text = re.sub('(%s) ' % _OPENING, r'\1', text)
    text = re.sub(' (%s)' % _CLOSING, r'\1', text)
    text = re.sub('%s *%s' % (_OPENING, _CLOSING), '', text)
    return text.strip()


class HelpFormatter(object):
    """Lays out usage and help text.

    The parser adds sections, texts, a usage line and arguments to it, then
    calls format_help(). Subclasses change the look by overriding the
    underscore methods (_fill_text, _split_lines, _get_help_string, ...)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            # Leave a margin of two columns on the right.
            width = shutil.get_terminal_size().columns - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        # Help text may start no further right than this column, nor so far
        # that fewer than 20 columns are left for it.
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._current_indent = self._level = 0
        # The widest "  -x, --xx VALUE" seen: help texts line up after it.
        self._action_max_length = 0
        self._root_section = _HelpSection(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = re.compile(r'\s+', re.ASCII)
        self._long_break_matcher = re.compile(r'\n\n\n+')

    # ---- indentation -----------------------------------------------------------

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    # ---- collecting the parts --------------------------------------------------------

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _HelpSection(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Measure now: the widest invocation decides where help text starts.
        widest = len(self._format_action_invocation(action))
        for subaction in self._iter_indented_subactions(action):
            widest = max(widest,
                         len(self._format_action_invocation(subaction)))
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for each in actions:
            self.add_argument(each)

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        text = self._long_break_matcher.sub('\n\n', text)
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings
                       if part and part is not SUPPRESS)

    # ---- the usage line -----------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._generated_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _generated_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions
                       if not action.option_strings]
        everything = self._format_actions_usage(optionals + positionals, groups)
        one_line = ' '.join(text for text in (prog, everything) if text)
        width = self._width - self._current_indent
        if len(prefix) + len(one_line) <= width:
            return one_line

        # Too long: optionals, then positionals, on as many lines as needed.
        opt_chunks = _usage_chunks(self._format_actions_usage(optionals, groups))
        pos_chunks = _usage_chunks(self._format_actions_usage(positionals,
                                                              groups))
        if len(prefix) + len(prog) <= 0.75 * width:
            # Continuation lines line up after the program name.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_chunks:
                lines = _fill_usage([prog] + opt_chunks, indent, width, prefix)
                lines += _fill_usage(pos_chunks, indent, width)
            elif pos_chunks:
                lines = _fill_usage([prog] + pos_chunks, indent, width, prefix)
            else:
                lines = [prog]
        else:
            # A long program name stands alone on the first line.
            indent = ' ' * len(prefix)
            lines = _fill_usage(opt_chunks + pos_chunks, indent, width)
            if len(lines) > 1:
                lines = (_fill_usage(opt_chunks, indent, width)
                         + _fill_usage(pos_chunks, indent, width))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        grouped, markers = self._group_markers(actions, groups)
        pieces = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                # Drop one separator next to it, so no '| |' is left.
                if markers.get(index) == '|':
                    del markers[index]
                elif markers.get(index + 1) == '|':
                    del markers[index + 1]
            elif action.option_strings:
                pieces.append(self._optional_usage(action, action in grouped))
            else:
                pieces.append(self._positional_usage(action,
                                                     action in grouped))
        for index in sorted(markers, reverse=True):
            pieces.insert(index, markers[index])
        return _tidy_usage(' '.join(piece for piece in pieces
                                    if piece is not None))

    def _group_markers(self, actions, groups):
        """For the mutually exclusive groups whose actions sit together in
        *actions*: the set of those actions, and the brackets and '|'
        separators to insert, by position."""
        grouped = set()
        markers = {}

        def mark(position, text):
            if position in markers:
                markers[position] += ' ' + text
            else:
                markers[position] = text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            visible = sum(1 for action in members if action.help is not SUPPRESS)
            if not group.required:
                mark(start, '[')
                mark(end, ']')
            elif visible > 1:
                mark(start, '(')
                mark(end, ')')
            for position in range(start + 1, end):
                markers[position] = '|'
        return grouped, markers

    def _optional_usage(self, action, in_group):
        if action.nargs == 0:
            text = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            text = '%s %s' % (action.option_strings[0],
                              self._format_args(action, metavar))
        if not action.required and not in_group:
            text = '[%s]' % text
        return text

    def _positional_usage(self, action, in_group):
        metavar = self._get_default_metavar_for_positional(action)
        text = self._format_args(action, metavar)
        # Inside a group's brackets an optional positional needs no more.
        if in_group and text[0] == '[' and text[-1] == ']':
            text = text[1:-1]
        return text

    # ---- texts and arguments ----------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        # Help text starts in a common column, unless the invocation is too
        # wide for it; then it goes on the next line.
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        invocation_width = help_position - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_indent = 0
        if not action.help:
            header = margin + invocation + '\n'
        elif len(invocation) <= invocation_width:
            header = margin + invocation.ljust(invocation_width) + '  '
        else:
            header = margin + invocation + '\n'
            first_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                parts.extend(' ' * help_position + line + '\n'
                             for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        # Sub-commands are listed under their parser argument, indented.
        parts.extend(self._format_action(subaction) for subaction
                     in self._iter_indented_subactions(action))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar = self._get_default_metavar_for_positional(action)
            name, = self._metavar_formatter(action, metavar)(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        metavar = self._get_default_metavar_for_optional(action)
        values = self._format_args(action, metavar)
        return ', '.join('%s %s' % (option, values)
                         for option in action.option_strings)

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            name = default_metavar

        def for_count(count):
            # A tuple metavar names each value itself.
            if isinstance(name, tuple):
                return name
            return (name,) * count
        return for_count

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * len(range(nargs))
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % names(nargs)

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = {}
        for name, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            # Types, functions and classes are shown by name.
            params[name] = getattr(value, '__name__', value)
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every text as written, argument help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds '(default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values after their type (int, float, ...) instead of their
    destination."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# =============================================================================
# Containers: parsers and argument groups
# =============================================================================

def _identity(string):
    return string


# What add_argument(action=...) names mean.
_ACTION_NAMES = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}

# Strings that look like negative numbers: positional values, unless the
# parser has options that look like them.
_NEGATIVE_NUMBER = re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer(object):
    """What parsers and argument groups share: adding arguments, defaults,
    and conflicts between option strings."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super(_ActionsContainer, self).__init__()
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._get_handler()     # reject an unknown conflict_handler now
        self._registries = {'action': dict(_ACTION_NAMES)}
        # Every argument in order, and the ones with option strings by them.
        self._actions, self._option_string_actions = [], {}
        self._action_groups, self._mutually_exclusive_groups = [], []
        self._defaults = {}     # from set_defaults()
        self._negative_number_matcher = _NEGATIVE_NUMBER
        # Non-empty once an option string looks like a negative number
        # (a list, so that groups share it with their parser).
        self._has_negative_number_optionals = []

    # ---- registries and defaults ------------------------------------------------

    def register(self, registry_name, value, object):
        """Make *value* stand for *object* in a registry ('action' or
        'type')."""
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        """Values for the namespace that no argument (or a later one)
        provides; they also replace the defaults of existing arguments."""
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]
        self._defaults.update(kwargs)

    def get_default(self, dest):
        """The default of the first argument storing to *dest* that has one,
        else the one given to set_defaults()."""
        defaults = [action.default for action in self._actions
                    if action.dest == dest and action.default is not None]
        return defaults[0] if defaults else self._defaults.get(dest)

    # ---- adding arguments ------------------------------------------------------

    def add_argument(self, *args, **kwargs):
        """add_argument(name or flags..., action=, nargs=, const=, default=,
        type=, choices=, required=, help=, metavar=, dest=)"""
        positional = not args or (len(args) == 1
                                  and args[0][0] not in self.prefix_chars)
        if not positional:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            self._supply_default(kwargs)

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        self._check_action(action)
        return self._add_action(action)

    def _supply_default(self, kwargs):
        dest = kwargs['dest']
        if dest in self._defaults:
            kwargs['default'] = self._defaults[dest]
        elif self.argument_default is not None:
            kwargs['default'] = self.argument_default

    def _check_action(self, action):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        # A parser (not a group) checks that the metavar fits nargs by
        # formatting the argument once.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        # A positional is required unless it may take no strings: '?' always,
        # '*' only when it has a default.
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        elif nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_options = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError(
                    'invalid option string %r: must start with a character %r'
                    % (option, self.prefix_chars))
            option_strings.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            # Named after the first long option, else the first one.
            source = (long_options or option_strings)[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % option)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        if any(self._negative_number_matcher.match(option)
               for option in action.option_strings):
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        """A titled group of arguments, shown as its own help section."""
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        """A group of options of which at most one (exactly one, with
        required=True) may be given."""
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_container_actions(self, container):
        """Take over the arguments and groups of *container* (a parent)."""
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (group.title))
            groups_by_title[group.title] = group

        destination = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = groups_by_title[group.title]
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = copy
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    # ---- conflicting option strings -------------------------------------------

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler,
                          None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        label = ('conflicting option string: %s' if len(conflicting_actions) == 1
                 else 'conflicting option strings: %s')
        options = ', '.join(option for option, _ in conflicting_actions)
        raise ArgumentError(action, label % options)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer argument wins: the older one loses those option strings,
        # and disappears when it has none left.
        for option, older in conflicting_actions:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of arguments; the arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(setting, getattr(container, setting))
        super(_ArgumentGroup, self).__init__(description=description, **kwargs)
        self.title = title
        # Share the parser's tables, so that adding here adds to it.
        for table in self._SHARED_TABLES:
            setattr(self, table, getattr(container, table))
        self._group_actions = []    # the arguments listed in this section

    _SHARED_TABLES = ('_registries', '_actions', '_option_string_actions',
                      '_defaults', '_has_negative_number_optionals',
                      '_mutually_exclusive_groups')

    def _add_action(self, action):
        added = super(_ArgumentGroup, self)._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._group_actions.remove(action)
        super(_ArgumentGroup, self)._remove_action(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options that exclude one another; they are listed with the parser's
    other options."""

    def __init__(self, container, required=False):
        super(_MutuallyExclusiveGroup, self).__init__(container)
        # The arguments live in the container's sections; this group only
        # records which ones exclude each other.
        self._container = container
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# =============================================================================
# Matching strings to arguments
# =============================================================================
#
# The command line is summarised as a string with one letter per word: 'O'
# for an option, 'A' for anything else, '-' for the '--' that ends the
# options. How many words each argument takes is then found by matching that
# string against a regular expression built from the arguments' nargs.

_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}

_COUNT_COMPLAINTS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class _ParseRun(object):
    """The state of one pass over the command line: which words are options,
    which arguments have been seen, and the words nobody took."""

    def __init__(self, parser, words, namespace):
        self.parser = parser
        self.words = words
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_with_value = set()
        self.positionals = parser._get_positional_actions()
        self.rivals = self._mutual_exclusions()
        self.option_at, self.shape = self._classify_words()

    def _mutual_exclusions(self):
        rivals = {}
        for group in self.parser._mutually_exclusive_groups:
            members = group._group_actions
            for index, action in enumerate(members):
                rivals.setdefault(action, []).extend(
                    members[:index] + members[index + 1:])
        return rivals

    def _classify_words(self):
        option_at = {}
        letters = []
        after_separator = False
        for index, word in enumerate(self.words):
            if after_separator:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_separator = True
            else:
                found = self.parser._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    option_at[index] = found
                    letters.append('O')
        return option_at, ''.join(letters)

    def take(self, action, strings, option_string=None):
        """Convert *strings* for *action*, check exclusions, and apply it."""
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        # A value that is the default object itself does not count as a use
        # for mutual exclusion.
        if values is not action.default:
            self.seen_with_value.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_with_value:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, index):
        """Apply the option at *index* (and, for bundled flags like -xyz, the
        ones after it); returns the index after the words it used."""
        action, option_string, attached = self.option_at[index]
        parser = self.parser
        pending = []
        while True:
            if action is None:
                self.extras.append(self.words[index])
                return index + 1
            if attached is None:
                start = index + 1
                count = parser._match_argument(action, self.shape[start:])
                stop = start + count
                pending.append((action, self.words[start:stop], option_string))
                break
            # A value joined to the option: '--name=value' or '-xVALUE'.
            count = parser._match_argument(action, 'A')
            single_dash = option_string[1] not in parser.prefix_chars
            if count == 0 and single_dash and attached != '':
                # A flag: the rest of the word is more single-letter options.
                pending.append((action, [], option_string))
                option_string = option_string[0] + attached[0]
                following = attached[1:] or None
                if option_string not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % attached)
                action = parser._option_string_actions[option_string]
                attached = following
            elif count == 1:
                stop = index + 1
                pending.append((action, [attached], option_string))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r'
                                    % attached)
        for action, strings, option_string in pending:
            self.take(action, strings, option_string)
        return stop

    def consume_positionals(self, index):
        """Give the words from *index* on to as many waiting positionals as
        match; returns the index after the words used."""
        counts = self.parser._match_arguments_partial(self.positionals,
                                                      self.shape[index:])
        for action, count in zip(self.positionals, counts):
            strings = self.words[index:index + count]
            index += count
            self.take(action, strings)
        del self.positionals[:len(counts)]
        return index

    def run(self):
        index = 0
        last_option = max(self.option_at, default=-1)
        while index <= last_option:
            next_option = min(i for i in self.option_at if i >= index)
            if index != next_option:
                # Positionals before the option may take the words between.
                reached = self.consume_positionals(index)
                if reached > index:
                    index = reached
                    continue
                index = reached
            if index not in self.option_at:
                self.extras.extend(self.words[index:next_option])
                index = next_option
            index = self.consume_optional(index)
        index = self.consume_positionals(index)
        self.extras.extend(self.words[index:])

    def finish(self):
        """Complain about missing required arguments and convert the string
        defaults of arguments that were not given."""
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None
                  and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s'
                         % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(action in self.seen_with_value
                   for action in group._group_actions):
                continue
            names = [_get_action_name(action) for action in group._group_actions
                     if action.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))


# =============================================================================
# The parser
# =============================================================================

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace.

    prog: the program name in messages (default: the script's file name)
    usage, description, epilog: texts for the usage line and the help
    parents: parsers whose arguments are copied into this one
    formatter_class: the HelpFormatter class that lays out the help
    prefix_chars: the characters that start an option ('-')
    fromfile_prefix_chars: words starting with one of these name a file of
        further arguments, one per line
    argument_default: the default for arguments that do not name one
    conflict_handler: 'error' or 'resolve' for a reused option string
    add_help: whether to add -h/--help
    allow_abbrev: whether a unique prefix of a long option is accepted
    exit_on_error: whether a bad argument exits, or raises ArgumentError
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super(ArgumentParser, self).__init__(
            description=description, prefix_chars=prefix_chars,
            argument_default=argument_default,
            conflict_handler=conflict_handler)
        self.prog = os.path.basename(sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)

        if self.add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    _REPR_FIELDS = ('prog', 'usage', 'description', 'formatter_class',
                    'conflict_handler', 'add_help')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._REPR_FIELDS]

    # ---- sub-commands -----------------------------------------------------------

    def add_subparsers(self, **kwargs):
        """Add the sub-command argument; returns the object whose
        add_parser() creates each command's parser."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-commands are named after the usage of what comes before
            # them: the program and its positionals.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # ---- parsing ------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        """Parse *args* (default sys.argv[1:]); a string no argument takes is
        an error."""
        namespace, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self.error('unrecognized arguments: %s' % ' '.join(leftovers))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        """Like parse_args(), but return (namespace, strings not used)."""
        args = sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults first, without overwriting what the namespace already has.
        for action in self._actions:
            if (action.dest is not SUPPRESS
                    and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))

        # Strings a sub-command's parser could not use.
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            leftovers = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            args.extend(leftovers)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _ParseRun(self, arg_strings, namespace)
        run.run()
        run.finish()
        return namespace, run.extras

    def parse_intermixed_args(self, args=None, namespace=None):
        """Like parse_args(), but positionals may be interleaved with
        options: 'cmd 1 --opt x 2' gives the positional both 1 and 2."""
        namespace, leftovers = self.parse_known_intermixed_args(args, namespace)
        if leftovers:
            self.error('unrecognized arguments: %s' % ' '.join(leftovers))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """parse_intermixed_args() returning (namespace, strings not used).

        Works in two passes: the options first, with every positional
        switched off, then the positionals over the strings left."""
        positionals = self._get_positional_actions()
        unsuitable = [action for action in positionals
                      if action.nargs in (PARSER, REMAINDER)]
        if unsuitable:
            raise TypeError('parse_intermixed_args: positional arg with '
                            'nargs=%s' % unsuitable[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in '
                                'mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                # Keep the usage line the full parser would show.
                self.usage = self.format_usage()[len('usage: '):]
            namespace, remaining = self._options_pass(positionals, args,
                                                      namespace)
            namespace, extras = self._positionals_pass(remaining, namespace)
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _options_pass(self, positionals, args, namespace):
        saved = [(action, action.nargs, action.default)
                 for action in positionals]
        try:
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            namespace, remaining = self.parse_known_args(args, namespace)
            for action in positionals:
                if getattr(namespace, action.dest, None) == []:
                    from warnings import warn
                    warn('Do not expect %s in %s' % (action.dest, namespace))
                    delattr(namespace, action.dest)
        finally:
            for action, nargs, default in saved:
                action.nargs = nargs
                action.default = default
        return namespace, remaining

    def _positionals_pass(self, remaining, namespace):
        # The options were handled by the first pass: none is required now.
        optionals = self._get_optional_actions()
        saved_actions = [(action, action.required) for action in optionals]
        groups = self._mutually_exclusive_groups
        saved_groups = [(group, group.required) for group in groups]
        try:
            for action in optionals:
                action.required = False
            for group in groups:
                group.required = False
            return self.parse_known_args(remaining, namespace)
        finally:
            for action, required in saved_actions:
                action.required = required
            for group, required in saved_groups:
                group.required = required

    # ---- arguments read from files -----------------------------------------------

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for word in arg_strings:
            if not word or word[0] not in self.fromfile_prefix_chars:
                expanded.append(word)
                continue
            try:
                with open(word[1:]) as args_file:
                    found = []
                    for line in args_file.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
            except OSError as err:
                self.error(str(err))
            else:
                # A file may itself name further files.
                expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        """The arguments one line of an arguments file holds: by default the
        whole line is one argument."""
        return [arg_line]

    # ---- matching -------------------------------------------------------------------

    def _match_argument(self, action, arg_strings_pattern):
        found = re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is None:
            message = _COUNT_COMPLAINTS.get(action.nargs)
            if message is None:
                plural = 'argument' if action.nargs == 1 else 'arguments'
                message = 'expected %s %s' % (action.nargs, plural)
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many of the actions as possible, from the first, must match.
        for count in range(len(actions), 0, -1):
            pattern = ''.join(self._get_nargs_pattern(action)
                              for action in actions[:count])
            found = re.match(pattern, arg_strings_pattern)
            if found is not None:
                return [len(text) for text in found.groups()]
        return []

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        pattern = _NARGS_PATTERNS.get(nargs)
        if pattern is None:
            # A number: exactly that many words.
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # An option's values never include a '--'.
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    def _parse_optional(self, arg_string):
        """None when *arg_string* is a positional value; otherwise
        (action or None, option string, attached value or None)."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None     # a lone prefix character, like '-'
        if '=' in arg_string:
            option, value = arg_string.split('=', 1)
            if option in known:
                return known[option], option, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(option for _, option, _ in candidates)
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, names))
        if len(candidates) == 1:
            return candidates[0]
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None     # probably a value that happens to start with '-'
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options *option_string* may abbreviate."""
        chars = self.prefix_chars
        known = self._option_string_actions
        matches = []
        if option_string[0] in chars and option_string[1] in chars:
            if not self.allow_abbrev:
                return matches
            prefix, value = option_string, None
            if '=' in option_string:
                prefix, value = option_string.split('=', 1)
            for option, action in known.items():
                if option.startswith(prefix):
                    matches.append((action, option, value))
        elif option_string[0] in chars:
            # '-xVALUE' may be option '-x' with a value; '-xy' may also
            # abbreviate a single-dash long option like '-xyz'.
            short, rest = option_string[:2], option_string[2:]
            for option, action in known.items():
                if option == short:
                    matches.append((action, option, rest))
                elif option.startswith(option_string):
                    matches.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return matches

    # ---- converting values ----------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER):
            # The '--' separator is not a value.
            if '--' in arg_strings:
                arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, word) for word in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, word) for word in arg_strings]
            # Only the command name is checked; the sub-parser checks the rest.
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, word) for word in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (type_name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            allowed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, allowed))

    # ---- usage, help and exits ----------------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _formatter_with_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        """Usage, description, one section per argument group, epilog."""
        formatter = self._formatter_with_usage()
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or sys.stderr).write(message)
        except (AttributeError, OSError):
            pass    # no usable stream (e.g. stderr closed): stay silent

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        """Print the usage and *message* to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
