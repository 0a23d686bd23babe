# enumerate counts past the machine word, and takes a start of any size.
print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('ab', 2**100)), list(enumerate('ab', -2**100)))
print(list(enumerate('ab', -2**63)))


class Index:
    def __index__(self):
        return 2**64


print(list(enumerate('a', Index())), list(enumerate('a', start=True)))
e = enumerate(iter(range(3)), 2**63 - 1)
print(next(e), next(e))
for i, c in enumerate('xy', 2**70):
    print(i, c)
for bad in [lambda: enumerate('a', 1.5), lambda: enumerate('a', '1')]:
    try:
        bad()
    except TypeError as ex:
        print('TypeError:', ex)
