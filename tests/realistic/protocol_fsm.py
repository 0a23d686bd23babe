"""A TCP-like connection state machine driven by enums (Enum, IntEnum, Flag, StrEnum, auto)."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


@unique
class State(Enum):
    CLOSED = auto()
    LISTEN = auto()
    SYN_SENT = auto()
    SYN_RECEIVED = auto()
    ESTABLISHED = auto()
    FIN_WAIT = auto()
    CLOSE_WAIT = auto()
    TIME_WAIT = auto()

    @property
    def is_open(self):
        return self in (State.ESTABLISHED, State.CLOSE_WAIT, State.FIN_WAIT)


class Event(StrEnum):
    PASSIVE_OPEN = auto()
    ACTIVE_OPEN = auto()
    SYN = auto()
    SYN_ACK = auto()
    ACK = auto()
    CLOSE = auto()
    FIN = auto()
    TIMEOUT = auto()


class TcpFlag(IntFlag):
    FIN = 1
    SYN = 2
    RST = 4
    PSH = 8
    ACK = 16


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None


TRANSITIONS = {
    (State.CLOSED, Event.PASSIVE_OPEN): State.LISTEN,
    (State.CLOSED, Event.ACTIVE_OPEN): State.SYN_SENT,
    (State.LISTEN, Event.SYN): State.SYN_RECEIVED,
    (State.SYN_SENT, Event.SYN_ACK): State.ESTABLISHED,
    (State.SYN_RECEIVED, Event.ACK): State.ESTABLISHED,
    (State.ESTABLISHED, Event.CLOSE): State.FIN_WAIT,
    (State.ESTABLISHED, Event.FIN): State.CLOSE_WAIT,
    (State.FIN_WAIT, Event.FIN): State.TIME_WAIT,
    (State.CLOSE_WAIT, Event.CLOSE): State.CLOSED,
    (State.TIME_WAIT, Event.TIMEOUT): State.CLOSED,
}


class Connection:
    def __init__(self, name):
        self.name = name
        self.state = State.CLOSED
        self.history = [self.state]

    def handle(self, event):
        try:
            new = TRANSITIONS[self.state, Event(event)]
        except KeyError:
            raise RuntimeError(f"{self.name}: {event!s} not allowed in {self.state.name}") from None
        self.state = new
        self.history.append(new)
        return new


def main():
    scripts = {
        "client": ["active_open", "syn_ack", "close", "fin", "timeout"],
        "server": ["passive_open", "syn", "ack", "fin", "close"],
        "confused": ["passive_open", "ack"],
        "typo": ["active_open", "synack"],
    }
    for name, events in scripts.items():
        conn = Connection(name)
        try:
            for ev in events:
                conn.handle(ev)
        except (RuntimeError, ValueError) as e:
            print(f"  {type(e).__name__}: {e}")
        print(f"{name:<9}", " -> ".join(s.name for s in conn.history),
              "| open now:", conn.state.is_open)
    print()
    print(list(State)[:3], State(5), State["LISTEN"], State.LISTEN.value, len(State))
    print(repr(Event.SYN), str(Event.SYN), f"{Event.SYN}", Event.SYN == "syn", Event.SYN.upper())
    print(sorted(Event)[:3], "ack" in Event.__members__.values())
    packet = TcpFlag.SYN | TcpFlag.ACK
    print(repr(packet), str(packet), int(packet), TcpFlag(18), TcpFlag.ACK in packet, packet & TcpFlag.FIN)
    print(list(packet), repr(~TcpFlag.FIN), TcpFlag(0), bool(TcpFlag(0)), packet + 1)
    p = Perm.READ | Perm.EXEC
    print(repr(p), p, Perm.RW, list(Perm), Perm.WRITE in Perm.RW, repr(Perm(0)))
    print([m.name for m in Perm.RW], Perm.RW.value, repr(~Perm.READ))
    print(Priority("high"), Priority(5), Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted(Priority, reverse=True))
    print(f"{Priority.HIGH}", f"{Priority.HIGH:>6}", str(Priority.LOW), repr(Priority.NORMAL), format(Priority.LOW, "03d"))
    try:
        Priority(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        class Dup(Enum):
            A = 1
            B = 1
        print("aliases:", list(Dup), Dup.B is Dup.A, Dup.__members__)
        unique(Dup)
    except ValueError as e:
        print("ValueError:", e)
    Color = Enum("Color", "RED GREEN BLUE")
    Shade = Enum("Shade", [("DARK", 10), ("LIGHT", 20)])
    print(list(Color), Color.GREEN.value, Shade(20), Shade.DARK.name)
    print(isinstance(State.CLOSED, State), type(State.CLOSED), State.CLOSED.__class__.__name__)
    print({s: s.value for s in State if s.value > 6})
    try:
        State.CLOSED = 3
    except AttributeError as e:
        print("AttributeError:", e)
    print(hash(State.LISTEN) == hash(State.LISTEN), State.LISTEN is State(2), enum.Enum.__name__)


main()
