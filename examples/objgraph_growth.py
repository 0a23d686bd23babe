# Finding what leaks, and who holds it, with objgraph.
#
# objgraph looks at the heap through the cycle collector's list of container objects
# (gc.get_objects): it counts them by type, and walks gc.get_referrers from an object
# back towards a module to show why it is still alive. Two steps find most leaks:
#   1. show_growth() before and after the suspect work: the types whose count went up
#      and by how much;
#   2. find_backref_chain() on one of the extra objects: the chain of references from a
#      module's globals down to it -- the reference the program forgot to drop.
#
# Run: minipy examples/objgraph_growth.py
import objgraph


class Session:
    """A client session; each one keeps a list of the requests it served."""

    def __init__(self, user):
        self.user = user
        self.requests = []


# The leak: every finished session is appended to a global "history" list that nothing
# ever trims.
_history = []


def handle(user):
    session = Session(user)
    session.requests.append("GET /")
    _history.append(session)  # the forgotten reference


def who_holds(obj):
    """The chain of referrers from a module down to obj, and the module global that
    starts it. (A function's locals are not objects the collector sees, so looking from
    in here does not add a referrer of its own to the chain.)"""
    chain = objgraph.find_backref_chain(obj, objgraph.is_proper_module)
    names = [name for name, value in vars(chain[0]).items() if value is chain[2]]
    return chain, names


# A first call records the baseline: the count of every type in the heap. Its table
# lists all the types of the interpreter's own start-up, so this example only records
# it (growth() shares show_growth()'s memory of the previous counts). The functions
# above are defined before it, so that they do not show up as growth.
objgraph.growth()
for n in range(100):
    handle("user%d" % n)

# Every handled request left a Session and its `requests` list behind. Each row is:
# type, how many exist now, how many more than at the previous call.
print("== objgraph.show_growth() after 100 requests")
objgraph.show_growth(limit=5)
print("Sessions alive:", objgraph.count("Session"))
print()


# Why is a Session still alive? Take one and walk its referrers back to a module.
chain, names = who_holds(objgraph.by_type("Session")[0])
print("== objgraph.find_backref_chain(session, objgraph.is_proper_module)")
print(" -> ".join(type(obj).__name__ for obj in chain))
print("the module's global holding it:", names)
# What to look for: module -> dict -> list -> Session. The module's globals dict holds
# the list `_history`, and the list holds the session: the name of that global is the
# culprit. (objgraph.show_backrefs draws the same chain as a Graphviz graph.)
del chain, names
print()

# The fix: don't keep finished sessions (or keep only a bounded number of them, e.g. a
# collections.deque(maxlen=...)). Clearing the list drops the last reference to every
# Session, and refcounting frees them at once.
_history.clear()
print("== objgraph.show_growth() after _history.clear()")
objgraph.show_growth(limit=5)
print("(nothing grew: show_growth prints no rows)")
print("Sessions left:", objgraph.count("Session"))
for n in range(100):
    handle("user%d" % n)
_history.clear()
print("Sessions after 100 more requests and a clear():", objgraph.count("Session"))
