try:
    raise KeyError("k")
except* ValueError:
    pass
