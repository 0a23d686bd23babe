import mod_circular_a
try:
    mod_circular_a.value
except AttributeError as e:
    print("AttributeError:", e)
try:
    from mod_circular_a import value
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
