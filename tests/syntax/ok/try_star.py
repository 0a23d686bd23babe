try:
    f()
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    g(e)
else:
    h()
finally:
    i()
try:
    pass
except *OSError as err:
    pass
