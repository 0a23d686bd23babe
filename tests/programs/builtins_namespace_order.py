# The builtins namespace lists its names in CPython's order (functions, constants,
# types, exceptions, then the site helpers), as a program iterating it sees them.
import builtins

shared = set(dir(builtins)) - {'__doc__', '__package__', '__loader__', '__spec__',
                               '__debug__', 'breakpoint', 'aiter', 'anext',
                               'EncodingWarning', '_'}
names = [n for n in vars(builtins) if n in shared]
for i in range(0, len(names), 8):
    print(names[i:i + 8])
