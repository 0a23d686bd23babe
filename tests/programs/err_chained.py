# Implicit chaining: both tracebacks with "During handling of the above exception".
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no key {k!r}")
print("before")
lookup({}, "missing")
