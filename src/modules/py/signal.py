"""Set handlers for asynchronous events (signals).

The functions come from the native `_signal` module; this layer gives signal numbers
and the SIG_DFL/SIG_IGN handlers their enum types (`Signals`, `Handlers`, `Sigmasks`),
so that they print by name. A Python handler runs between instructions of the program,
soon after the signal arrives, with the signal number and the running frame.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _enum_from(class_name, predicate):
    """An IntEnum of the `_signal` constants whose names `predicate` accepts, ordered
    by value (the first name of a value is the member, later ones are aliases)."""
    members = sorted(
        ((name, value) for name, value in vars(_signal).items() if predicate(name)),
        key=lambda pair: (pair[1], pair[0]),
    )
    enum_class = _IntEnum(class_name, members, module=__name__)
    globals().update(enum_class.__members__)
    return enum_class


Signals = _enum_from(
    'Signals', lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
Handlers = _enum_from('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _enum_from('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_class):
    """`value` as a member of `enum_class` when it is one of its values."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """An enum member (or any int) as a plain int; anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for signal `signalnum` to `handler` (a callable taking the signal
    number and the frame, SIG_IGN or SIG_DFL); return the previous one."""
    old = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(old, Handlers)


def getsignal(signalnum):
    """The current action for signal `signalnum`."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_int_to_enum(number, Signals) for number in _signal.valid_signals()}


del _enum_from
