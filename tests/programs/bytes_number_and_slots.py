print(hasattr(bytes, '__len__'), bytes.__len__(b'abc'), b'ab'.__add__(b'c'), b'ab'.__getitem__(0), bytearray(b'x').__len__(), bytearray.__hash__, b'a'.__lt__(b'b'), b'ab'.__contains__(97))
class B(bytes): pass
print(B(b'ab') + b'c', len(B(b'xy')), B(b'a') < b'b', hash(B(b'a')) == hash(b'a'))
ba = bytearray(b'ab'); ba.__setitem__(0, 65); print(ba, bytearray(b'q') * 2)
print(int(b'12', 0), int(b' 7 '), float(b'1.5'), int(bytearray(b'42')), float(bytearray(b'2')), int(b'ff', 16), float(b' inf'))
for f in [lambda: int(b'x'), lambda: int(b'\xff', 16), lambda: float(b'z'), lambda: int(b'1', 99), lambda: int(b'1_0'), lambda: int(b'0x1f', 0)]:
    try: print(f())
    except ValueError as e: print(e)
