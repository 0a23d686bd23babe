"""Parser for command line options, with the conventions of the Unix getopt()
function ('-' is an argument, '--' ends the options) plus GNU-style long
options.

getopt() -- parse command line options
gnu_getopt() -- like getopt(), but options and other arguments may be
                intermixed
GetoptError -- the exception raised for a bad command line; its 'opt'
               attribute names the option involved
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # backward compatibility


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse the option list args (usually sys.argv[1:]).  shortopts is a
    string of option letters, a letter followed by ':' taking an argument;
    longopts lists long option names without the leading '--', a name
    ending in '=' taking an argument.  Long options may be abbreviated to
    any unique prefix.

    Return (opts, args): opts is a list of (option, value) pairs in
    command line order, like ('-x', '') or ('--file', 'a.txt'); args is
    what is left once options stop, which they do at the first argument
    that is not an option, at '-' and after '--'.
    """
    opts = []
    longopts = _long_list(longopts)
    # Options stop at the first non-option argument, at '-' and after '--'.
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """gnu_getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and other arguments may be intermixed (GNU
    style): every option is collected, and the arguments that are not
    options are returned in order.  Scanning stops at the first
    non-option instead (as getopt() does) when shortopts starts with '+'
    or the environment variable POSIXLY_CORRECT is set.
    """
    opts = []
    prog_args = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        environ = getattr(os, 'environ', None)
        options_first = bool(environ is not None and environ.get('POSIXLY_CORRECT'))
    while args:
        arg = args[0]
        if arg == '--':
            prog_args += args[1:]
            break
        if arg[:2] == '--':
            opts, args = _do_longs(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = _do_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            prog_args += args
            break
        else:
            prog_args.append(arg)
            args = args[1:]
    return opts, prog_args


def _do_longs(opts, opt, longopts, args):
    optarg = None
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def _long_has_args(opt, longopts):
    """(takes an argument?, full option name) for a possibly abbreviated
    long option."""
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # An exact match wins over longer options sharing the prefix.
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = matches[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _do_shorts(opts, optstring, shortopts, args):
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            # The argument is the rest of this word, or else the next word.
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
