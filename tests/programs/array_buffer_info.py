# array.buffer_info(): (address, number of items); the address is an int that stays
# put while the array is not resized.
import array

for code, init in [("b", [1, 2, 3]), ("d", [0.5] * 7), ("u", "héllo"), ("I", [])]:
    a = array.array(code, init)
    addr, n = a.buffer_info()
    print(code, n, len(a), type(addr).__name__, n * a.itemsize == len(a.tobytes()))
a = array.array("h", range(10))
before = a.buffer_info()[0]
a[3] = 99
print(a.buffer_info()[0] == before, a.buffer_info()[1])
try:
    a.buffer_info(1)
except TypeError as e:
    print(e)
