for args in [([300], 'big'), ([-1], 'big'), (b'\x01', 'mid'), (b'\x01', 5), ([1.5], 'big'), (5, 'big')]:
    try: print(int.from_bytes(*args))
    except Exception as e: print(type(e).__name__, e)
class MyInt(int): pass
print(type(MyInt.from_bytes(b'\x01', 'big')))
print(int.from_bytes(b'\x01\x00'), (258).to_bytes(2), (258).to_bytes(2, 'little'))
print(MyInt.from_bytes([255, 1], 'little', signed=True), int.from_bytes(bytearray(b'\xff\xfe'), byteorder='big', signed=True))
class Raw:
    def __bytes__(self):
        return b'\x00\x10'
print(int.from_bytes(Raw(), 'big'))
for bad in ['ab', 3.5]:
    try: int.from_bytes(bad, 'big')
    except TypeError as e: print(e)
try: (5).to_bytes(2, 'middle')
except ValueError as e: print(e)
