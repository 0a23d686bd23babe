"""Command-line option parsing, the older way (argparse is the newer one).

An OptionParser is given Option objects (add_option('-f', '--file', ...));
parse_args() walks the command line, performs each option's action on a
Values object, and returns (values, remaining arguments).  Bad command lines
end the program with a usage message and exit status 2; --help prints help
formatted by a HelpFormatter.
"""

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
           'Values', 'OptionContainer', 'OptionGroup', 'OptionParser',
           'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

import os
import sys
import textwrap


def _repr(self):
    return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)


def gettext(message):
    """Messages are not translated: the text itself."""
    return message


def ngettext(singular, plural, n):
    """The singular or plural message for the count *n*."""
    return singular if n == 1 else plural


_ = gettext


# ---------------------------------------------------------------------------
# Exceptions

class OptParseError(Exception):
    """Base class of this module's exceptions; str() is the message."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option built with wrong arguments."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """An option string that another option of the parser already uses."""


class OptionValueError(OptParseError):
    """A value on the command line that the option's type refuses."""


class BadOptionError(OptParseError):
    """An option string that no option has."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option that fits several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        candidates = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, candidates)


# ---------------------------------------------------------------------------
# Help formatters

class HelpFormatter:
    """Lays out help text.  Subclasses give format_usage() and
    format_heading(); the rest lines option strings up in one column and
    wraps their help to the right of it.

    indent_increment is how far each level (option groups) is indented,
    max_help_position the widest the option column may get, width the
    total width (by default $COLUMNS minus 2, or 78), short_first whether
    "-f FILE" comes before "--file=FILE"."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width,
                 short_first):
        if width is None:
            width = _terminal_columns() - 2
        self.width = width
        self.indent_increment = indent_increment
        self.short_first = short_first
        # The option column is at most max_help_position wide, and leaves
        # room for the help.
        self.max_help_position = min(max_help_position,
                                     max(width - 20, indent_increment * 2))
        self.help_position = self.max_help_position
        self.help_width = None
        self.level = self.current_indent = 0
        self.parser = None
        self.default_tag = "%default"
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"
        # Option -> its formatted strings (see store_option_strings).
        self.option_strings = {}

    def set_parser(self, parser):
        """The parser whose defaults %default shows."""
        self.parser = parser

    def _metavar_format(self, kind, delim, allowed):
        if delim not in allowed:
            raise ValueError("invalid metavar delimiter for %s options: %r"
                             % (kind, delim))
        return "%s" + delim + "%s"

    def set_long_opt_delimiter(self, delim):
        """What separates "--file" from its metavar: "=" or " "."""
        self._long_opt_fmt = self._metavar_format("long", delim, ("=", " "))

    def set_short_opt_delimiter(self, delim):
        """What separates "-f" from its metavar: "" or " "."""
        self._short_opt_fmt = self._metavar_format("short", delim, ("", " "))

    def indent(self):
        """One level deeper (the options of a group)."""
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """*text* filled to the width left at the current indentation."""
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The option's help with %default replaced by its default."""
        if self.parser is None or not self.default_tag:
            return option.help
        default = self.parser.defaults.get(option.dest)
        if default is None or default is NO_DEFAULT:
            default = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(default))

    def format_option(self, option):
        """The help lines of one option: its strings in the left column
        (alone on their line when too wide), the wrapped help beside."""
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(strings) > column:
            lines = [lead + strings + "\n"]
            first_help_indent = self.help_position
        else:
            lines = [lead + strings.ljust(column) + "  "]
            first_help_indent = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option),
                                    self.help_width)
            lines.append(" " * first_help_indent + wrapped[0] + "\n")
            lines.extend(" " * self.help_position + more + "\n"
                         for more in wrapped[1:])
        elif not lines[0].endswith("\n"):
            lines.append("\n")
        return "".join(lines)

    def store_option_strings(self, parser):
        """Formats every option's strings and sets the help column from
        the widest of them."""
        widest = 0
        self.indent()
        for option in parser.option_list:
            widest = max(widest, self._remember_strings(option))
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                widest = max(widest, self._remember_strings(option))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def _remember_strings(self, option):
        # Returns how far the option's strings reach.
        strings = self.format_option_strings(option)
        self.option_strings[option] = strings
        return len(strings) + self.current_indent

    def format_option_strings(self, option):
        """"-f FILE, --file=FILE" (the metavar only for options that take a
        value)."""
        shorts = option._short_opts
        longs = option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in shorts]
            longs = [self._long_opt_fmt % (s, metavar) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


def _terminal_columns():
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class IndentedHelpFormatter(HelpFormatter):
    """Headings end with a colon; what they head is indented below them."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings are underlined ('=' at the top level, '-' below)."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        underline = "=-"[self.level] * len(heading)
        return heading + "\n" + underline + "\n"


# ---------------------------------------------------------------------------
# Type checking

def _parse_num(val, type):
    # "0x..." is hexadecimal, "0b..." binary, "0..." octal.
    prefix = val[:2].lower()
    if prefix == "0x":
        return type(val, 16)
    if prefix == "0b":
        return type(val[2:] or "0", 2)
    if val[:1] == "0":
        return type(val, 8)
    return type(val, 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_int, _("integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    """Converts *value* for the int, long, float and complex types."""
    convert, what = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r")
                               % (opt, what, value))


def check_choice(option, opt, value):
    """Accepts *value* only if it is one of the option's choices."""
    if value not in option.choices:
        allowed = ", ".join(repr(choice) for choice in option.choices)
        raise OptionValueError(_("option %s: invalid choice: %r (choose "
                                 "from %s)") % (opt, value, allowed))
    return value


# The default of an option that was given none.
NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------------------
# Option

def _check_action(self):
    if self.action is None:
        self.action = "store"    # the default action
    if self.action not in self.ACTIONS:
        raise OptionError("invalid action: %r" % self.action, self)


def _type_name(given):
    # Type objects (int, str, ...) stand for their names; "str" is "string".
    name = given.__name__ if isinstance(given, type) else given
    return "string" if name == "str" else name


def _check_type(self):
    if self.type is not None:
        self.type = _type_name(self.type)
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError(
                "must not supply a type for action %r" % self.action, self)
    elif self.action in self.ALWAYS_TYPED_ACTIONS:
        # Choices imply the choice type; otherwise values are strings.
        self.type = "string" if self.choices is None else "choice"


def _check_choice(self):
    if self.type != "choice":
        if self.choices is not None:
            raise OptionError(
                "must not supply choices for type %r" % self.type, self)
    elif self.choices is None:
        raise OptionError(
            "must supply a list of choices for type 'choice'", self)
    elif not isinstance(self.choices, (tuple, list)):
        supplied = str(type(self.choices)).split("'")[1]
        raise OptionError(
            "choices must be a list of strings ('%s' supplied)" % supplied,
            self)


def _check_dest(self):
    # Store actions, and callbacks taking a value, need somewhere to put
    # it: by default the first long option ("--foo-bar" -> "foo_bar"), or
    # the first short one's letter.
    needs_dest = self.action in self.STORE_ACTIONS or self.type is not None
    if self.dest is None and needs_dest:
        self.dest = (self._long_opts[0][2:].replace('-', '_')
                     if self._long_opts else self._short_opts[0][1])


def _check_const(self):
    if self.const is not None and self.action not in self.CONST_ACTIONS:
        raise OptionError(
            "'const' must not be supplied for action %r" % self.action, self)


def _check_nargs(self):
    if self.action not in self.TYPED_ACTIONS:
        if self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r"
                              % self.action, self)
    elif self.nargs is None:
        self.nargs = 1


def _check_callback(self):
    if self.action != "callback":
        for attribute, message in (
                ("callback", None),
                ("callback_args", "callback_args supplied for non-callback "
                                  "option"),
                ("callback_kwargs", "callback_kwargs supplied for "
                                    "non-callback option")):
            given = getattr(self, attribute)
            if given is not None:
                raise OptionError(message or "callback supplied (%r) for "
                                  "non-callback option" % (given,), self)
        return
    if not callable(self.callback):
        raise OptionError("callback not callable: %r" % self.callback, self)
    if self.callback_args is not None and \
            not isinstance(self.callback_args, tuple):
        raise OptionError("callback_args, if supplied, must be a tuple: "
                          "not %r" % (self.callback_args,), self)
    if self.callback_kwargs is not None and \
            not isinstance(self.callback_kwargs, dict):
        raise OptionError("callback_kwargs, if supplied, must be a dict: "
                          "not %r" % (self.callback_kwargs,), self)


class Option:
    """One option: its strings ("-f", "--file") and what to do when it is
    met (the keyword arguments named in ATTRS)."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help',
             'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that store something in the Values (and so need a dest).
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    # Actions that may take a typed value, and those that always do.
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")
    # Type name -> checker(option, opt_string, value) returning the value
    # converted (types without a checker keep the string).
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin,
                    "float": check_builtin, "complex": check_builtin,
                    "choice": check_choice}

    # Run in order by the constructor; subclasses may add their own.
    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        """The non-empty option strings of *opts*."""
        strings = [opt for opt in opts if opt]
        if not strings:
            raise TypeError("at least one option string must be supplied")
        return strings

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError("invalid option string %r: must be at "
                                  "least two characters long" % opt, self)
            if len(opt) == 2:
                if opt[0] != "-" or opt[1] == "-":
                    raise OptionError(
                        "invalid short option string %r: must be of the "
                        "form -x, (x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            elif opt[:2] == "--" and opt[2] != "-":
                self._long_opts.append(opt)
            else:
                raise OptionError(
                    "invalid long option string %r: must start with --, "
                    "followed by non-dash" % opt, self)

    def _set_attrs(self, attrs):
        unknown = sorted(name for name in attrs if name not in self.ATTRS)
        for name in self.ATTRS:
            if name in attrs:
                value = attrs[name]
            else:
                value = NO_DEFAULT if name == 'default' else None
            setattr(self, name, value)
        if unknown:
            raise OptionError("invalid keyword arguments: %s"
                              % ", ".join(unknown), self)

    def get_opt_string(self):
        """The first long option string, else the first short one."""
        return (self._long_opts or self._short_opts)[0]

    def takes_value(self):
        """Whether the option is followed by a value (it has a type)."""
        return self.type is not None

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def check_value(self, opt, value):
        """*value* converted by the checker of the option's type."""
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, item) for item in value)

    def process(self, opt, value, values, parser):
        """Converts the command-line value and performs the action."""
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values,
                                parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            # Print, then end the program.
            show = parser.print_help if action == "help" \
                else parser.print_version
            show()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        # Kept from old versions: the action was taken.
        return 1


make_option = Option

# Give as help to leave an option out of the help; as usage to print none.
SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


# ---------------------------------------------------------------------------
# Values

class Values:
    """The parsed options, as attributes named by their dest."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def ensure_value(self, attr, value):
        """The attribute *attr*, first set to *value* if it is missing or
        None."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)

    def __eq__(self, other):
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    __repr__ = _repr

    def __str__(self):
        return str(self.__dict__)

    def _update(self, dict, mode):
        updaters = {"careful": self._update_careful,
                    "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % mode)
        updaters[mode](dict)

    def _update_loose(self, dict):
        """Takes every item of *dict*."""
        self.__dict__.update(dict)

    def _update_careful(self, dict):
        """Takes from *dict* the values of attributes this object already
        has (None values are skipped)."""
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def read_file(self, filename, mode="careful"):
        """Takes values from the globals of the Python file *filename*."""
        namespace = {}
        with open(filename) as source:
            exec(source.read(), namespace)
        self._update(namespace, mode)

    def read_module(self, modname, mode="careful"):
        """Takes values from the globals of module *modname*."""
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)


# ---------------------------------------------------------------------------
# Containers of options: the parser and its groups

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the
    maps from option strings to them (a group shares its parser's maps)."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def set_conflict_handler(self, handler):
        """"error" refuses an option string already in use; "resolve"
        takes it away from the older option."""
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r"
                             % handler)
        self.conflict_handler = handler

    def _create_option_mappings(self):
        # Option string -> Option, and dest -> default.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def destroy(self):
        """Drops the references that make cycles."""
        del self._short_opt, self._long_opt, self.defaults

    # Adding and finding options.

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...):
        adds the option and returns it."""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        else:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        if option.dest is not None:
            # Every dest gets a default, None unless the option has one.
            if option.default is not NO_DEFAULT:
                self.defaults[option.dest] = option.default
            else:
                self.defaults.setdefault(option.dest, None)
        return option

    def _check_conflict(self, option):
        clashes = [(s, self._short_opt[s]) for s in option._short_opts
                   if s in self._short_opt]
        clashes += [(s, self._long_opt[s]) for s in option._long_opts
                    if s in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            taken = ", ".join(string for string, _ in clashes)
            raise OptionConflictError(
                "conflicting option string(s): %s" % taken, option)
        if self.conflict_handler == "resolve":
            for string, older in clashes:
                self._take_string_from(older, string)

    def _take_string_from(self, older, string):
        strings, table = ((older._long_opts, self._long_opt)
                          if string.startswith("--")
                          else (older._short_opts, self._short_opt))
        strings.remove(string)
        del table[string]
        # An option left without strings goes away.
        if not (older._short_opts or older._long_opts):
            older.container.option_list.remove(older)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def remove_option(self, opt_str):
        """Removes the option that has *opt_str* (with all its strings)."""
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for table, strings in ((self._short_opt, option._short_opts),
                               (self._long_opt, option._long_opts)):
            for string in strings:
                del table[string]
        option.container.option_list.remove(option)

    # Help.

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_option_help(self, formatter):
        shown = [option for option in self.option_list
                 if option.help is not SUPPRESS_HELP]
        return "".join(formatter.format_option(option) for option in shown)


class OptionGroup(OptionContainer):
    """Options shown together, under a title, in the parser's help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class,
                                 parser.conflict_handler, description)
        self.title = title

    def set_title(self, title):
        self.title = title

    def _create_option_list(self):
        # The group's own list; the string maps are the parser's.
        self._share_option_mappings(self.parser)
        self.option_list = []

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list


class OptionParser(OptionContainer):
    """A command-line parser.

    usage is the usage line ("%prog" is replaced by the program's name;
    SUPPRESS_USAGE for none), version adds --version, description and
    epilog are printed before and after the options in the help, prog
    names the program (by default the base name of sys.argv[0])."""

    # Options every parser of a subclass starts with.
    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None,
                 epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler,
                                 description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.process_default_values = True
        self.allow_interspersed_args = True
        if formatter is None:
            formatter = IndentedHelpFormatter()
        formatter.set_parser(self)
        self.formatter = formatter
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_groups = []
        self.option_list = []

    def _populate_option_list(self, option_list, add_help=True):
        # The class's standard options, then those given, then --version
        # and --help.
        for options in (self.standard_option_list, option_list):
            if options:
                self.add_options(options)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _init_parsing_state(self):
        # What callbacks see while parse_args() runs: the arguments left to
        # process, those kept as positional, and the Values filled in.
        self.rargs = self.largs = self.values = None

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    # Settings.

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _("%prog [options]")
        elif usage.lower().startswith("usage: "):
            # The formatter adds its own "Usage: ".
            self.usage = usage[7:]
        else:
            self.usage = usage

    def disable_interspersed_args(self):
        """The first positional argument ends the options."""
        self.allow_interspersed_args = False

    def enable_interspersed_args(self):
        """Options may follow positional arguments (the default)."""
        self.allow_interspersed_args = True

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_process_default_values(self, process):
        """Whether string defaults are converted by their option's type."""
        self.process_default_values = process

    def get_default_values(self):
        """A Values of the defaults; string defaults are converted by their
        option's type (unless set_process_default_values(False))."""
        if not self.process_default_values:
            return Values(self.defaults)
        defaults = dict(self.defaults)
        for option in self._get_all_options():
            value = defaults.get(option.dest)
            if isinstance(value, str):
                defaults[option.dest] = option.check_value(
                    option.get_opt_string(), value)
        return Values(defaults)

    def _get_all_options(self):
        everything = list(self.option_list)
        for group in self.option_groups:
            everything += group.option_list
        return everything

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title,
        description=None): adds the group and returns it."""
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(args[0], OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % args[0])
        elif args[0].parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = args[0]
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        """The group holding the option *opt_str*, or None."""
        option = self.get_option(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # Parsing.

    def parse_args(self, args=None, values=None):
        """Parses *args* (by default sys.argv[1:]) into *values* (by
        default the defaults); returns (values, positional arguments).  A
        bad command line calls error()."""
        self.rargs = self._get_args(args)
        self.largs = []
        self.values = self.get_default_values() if values is None else values
        try:
            self._process_args(self.largs, self.rargs, self.values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(self.values, self.largs + self.rargs)

    def _get_args(self, args):
        # A copy: parsing consumes the list.
        if args is None:
            return sys.argv[1:]
        return args[:]

    def check_values(self, values, args):
        """Called with parse_args()'s result, which it returns; subclasses
        may check or change it."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        """Consumes *rargs*: options are processed, positional arguments
        move to *largs*.  Stops after "--", or at the first positional
        argument when interspersed arguments are disabled."""
        while rargs:
            arg = rargs[0]
            if arg.startswith("-") and arg != "-":
                if arg == "--":
                    rargs.pop(0)
                    break
                if arg.startswith("--"):
                    self._process_long_opt(rargs, values)
                else:
                    self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                break

    def _match_long_opt(self, opt):
        """The long option *opt* names, allowing unique prefixes."""
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        # The option's arguments, taken from the front of rargs.
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext("%(option)s option requires %(number)d "
                                "argument",
                                "%(option)s option requires %(number)d "
                                "arguments", count)
                       % {"option": opt, "number": count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        # "--name=value": the value is treated as the next argument.
        name, equals, attached = rargs.pop(0).partition("=")
        if equals:
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif equals:
            self.error(_("%s option does not take a value") % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for position in range(1, len(cluster)):
            opt = "-" + cluster[position]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # The rest of the cluster, if any, is the option's value.
            rest = cluster[position + 1:]
            if rest:
                rargs.insert(0, rest)
            option.process(opt, self._take_values(option, opt, rargs),
                           values, self)
            return

    # Ending the program.

    def error(self, msg):
        """Prints the usage and *msg* to stderr and exits with status 2.
        Subclasses that override it should also stop the program."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def exit(self, status=0, msg=None):
        """Writes *msg* (if any) to stderr and exits with *status*."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    # Names, usage, version and help.

    def get_prog_name(self):
        return (os.path.basename(sys.argv[0]) if self.prog is None
                else self.prog)

    def expand_prog_name(self, s):
        """*s* with "%prog" replaced by the program's name."""
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_version(self, file=None):
        """Prints the version string to *file*, by default stdout."""
        if self.version:
            print(self.get_version(), file=file)

    def print_usage(self, file=None):
        """Prints the usage line (and an empty line) to *file*, by default
        stdout."""
        if self.usage:
            print(self.get_usage(), file=file)

    def print_help(self, file=None):
        """Writes format_help() to *file* (by default stdout)."""
        (sys.stdout if file is None else file).write(self.format_help())

    def format_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + "\n")
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_option_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        formatter.store_option_strings(self)
        formatter.indent()
        sections = []
        if self.option_list:
            sections.append(
                OptionContainer.format_option_help(self, formatter))
        sections.extend(group.format_help(formatter)
                        for group in self.option_groups)
        formatter.dedent()
        if not sections:
            return ""
        # An empty line between the option list and each group.
        return (formatter.format_heading(_("Options"))
                + "\n".join(sections))


def _match_abbrev(s, wordmap):
    """The key of *wordmap* that *s* is, or is the only prefix of;
    BadOptionError or AmbiguousOptionError otherwise."""
    if s in wordmap:
        return s
    candidates = [word for word in wordmap if word.startswith(s)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, sorted(candidates))
