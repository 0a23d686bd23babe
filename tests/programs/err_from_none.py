# raise ... from None hides the context.
try:
    {}["x"]
except KeyError:
    raise TypeError("replacement") from None
