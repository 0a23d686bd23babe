# A module imported while its own code runs is "partially initialized".
import mod_circular_a
print(mod_circular_a.value)
try:
    from mod_circular_a import missing
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
for args in [('',), ('', None, None, None, 0)]:
    try:
        __import__(*args)
    except ValueError as e:
        print("ValueError:", e)
