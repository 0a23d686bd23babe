import array
for a in [[], [1], b'x', bytearray(b'x'), range(3), 'x', 5, {1}, __import__('collections').deque(), array.array('b')]:
    try: print(type(a).__name__, repr('abc' % a))
    except Exception as e: print(type(a).__name__, type(e).__name__, e)
    try: print(type(a).__name__, repr(b'abc' % a))
    except Exception as e: print(type(a).__name__, type(e).__name__, e)
print('%s' % [1, 2], '%s' % range(2))
try: print('%(a)s' % [1])
except TypeError as e: print(e)
for s, args in [('abc', 10**20), ('abc', -10**20), ('aXbXc', 0)]:
    pass
h = 10**20
print('abc'.find('ab', h), 'abc'.rfind('ab', h), 'abc'.count('a', h), 'abc'.startswith('a', h), 'abc'.endswith('c', 0, h))
print('abc'.find('c', -h), 'abc'.rfind('b', -h, h), 'abc'.count('', -h, h), 'abc'.startswith('a', -h), 'abc'.endswith('c', -h, -h))
print(b'abc'.find(b'ab', h), b'abc'.rfind(b'c', -h), b'abc'.count(b'a', -h, h), b'abc'.startswith(b'a', -h), b'abc'.endswith(b'c', 0, h))
print(bytearray(b'abc').find(b'b', -h, h), [1, 2, 3].index(2, -h, h), (1, 2, 3).index(3, -h, h))
for f in [lambda: 'abc'.index('a', h), lambda: [1].index(1, h), lambda: (1,).index(1, 0, -h), lambda: [1].index(1, 'x'), lambda: 'abc'.rindex('c', -h, -h)]:
    try: f()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print('abcdef'[-h:h], [1, 2, 3][h:], (1, 2)[-h:1])
class Big:
    def __index__(self): return 10**30
print('abc'.find('a', Big()), 'abc'[:Big()], [1, 2].index(2, 0, Big()))
print(round(2.5, h), round(2.5, -h), round(12345, h), round(-5, -1), round(15, -1), round(25, -1), round(-15, -1), round(123456789, -3))
print(round(2.675, Big()), (2.5).__round__(h))
try: round(1.5, 'x')
except TypeError as e: print(e)
