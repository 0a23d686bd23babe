import difflib

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)

d = difflib.Differ()
print(''.join(d.compare(text1, text2)), end='')
print('-----')
diff = list(difflib.ndiff(text1, text2))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(e)
print('-----')
print(''.join(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                            'ore\ntree\nemu\n'.splitlines(keepends=True))), end='')
print(''.join(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])), end='')
print(''.join(difflib.ndiff(['\tabc def\n'], ['\tabX  def\n'])), end='')
print(list(difflib.ndiff(['a', 'b', 'c'], ['x', 'y'])))
print(list(difflib.ndiff(['a'], ['x', 'y', 'z'])))
print(list(difflib.ndiff(['same', 'x'], ['same', 'x', 'new'])))
print(list(difflib.ndiff(['#\n', 'a\n', '\n'], ['\n', 'b\n', '#\n'], linejunk=difflib.IS_LINE_JUNK)))
print('-----')
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
for line in difflib.unified_diff(['one', 'two', 'three'], ['one', 'tree', 'three'], 'a', 'b', 'd1', 'd2', lineterm=''):
    print(line)
a = [str(i) + '\n' for i in range(30)]
b = a[:5] + ['new\n'] + a[5:14] + a[15:25] + ['x\n', 'y\n']
print(''.join(difflib.unified_diff(a, b)), end='')
print(''.join(difflib.context_diff(a, b, n=1)), end='')
print(''.join(difflib.unified_diff(a, b, n=0)), end='')
print(''.join(difflib.context_diff([], ['a\n'])), end='')
print(''.join(difflib.unified_diff(['a\n'], [])), end='')
print(list(difflib.unified_diff(a, a)))
for bad in ((['a'], [b'b']), ([1], ['x'])):
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print(e)
try:
    list(difflib.context_diff(['a'], ['b'], fromfile=b'x'))
except TypeError as e:
    print(e)
print('----- diff_bytes')
ba = [b'caf\xe9\n', b'same\n', b'\xff\xfe\n']
bb = [b'cafe\n', b'same\n', b'\xff\xfd\n', b'new\n']
for line in difflib.diff_bytes(difflib.unified_diff, ba, bb, b'old\xb5', b'new', b'd1', b'd2'):
    print(line)
for line in difflib.diff_bytes(difflib.context_diff, ba, bb, lineterm=b''):
    print(line)
for bad in (lambda: list(difflib.diff_bytes(difflib.unified_diff, ['x'], [b'y'])),
            lambda: list(difflib.diff_bytes(difflib.unified_diff, [b'x'], [b'y'], fromfile='s'))):
    try:
        bad()
    except TypeError as e:
        print(e)
