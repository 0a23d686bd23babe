# list(), tuple(), sorted() and list.extend read a user object's length hint after
# getting its iterator (CPython's list_extend), calling __len__ or __length_hint__.
class Sized:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print('iter')
        return iter(self.items)

    def __len__(self):
        print('len')
        return len(self.items)


class Hinted:
    def __iter__(self):
        print('iter')
        return iter([3, 1, 2])

    def __length_hint__(self):
        print('hint')
        return 3


class BadLen(Sized):
    def __len__(self):
        raise TypeError('no length')


class Failing(Sized):
    def __len__(self):
        raise ValueError('broken length')


print(list(Sized([1, 2])))
print(tuple(Sized('ab')))
print(sorted(Hinted()))
l = [0]
l.extend(Sized([5]))
print(l)
print([*Sized([7, 8])])
print(list(BadLen([4])))
try:
    list(Failing([1]))
except ValueError as e:
    print('ValueError', e)
print(set(Sized([1])), dict.fromkeys(Sized('k')))
