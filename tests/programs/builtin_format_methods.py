# int, float and str have __format__ methods of their own (CPython's reprs and
# errors), which a subclass reaches through super().


class Money(int):
    def __format__(self, spec):
        return '$' + super().__format__(spec)


class Ratio(float):
    def __format__(self, spec):
        return super().__format__(spec or '.1f') + ' x'


class Tag(str):
    def __str__(self):
        return '<' + str.__str__(self) + '>'


print(repr(int.__format__), repr(float.__format__), repr(str.__format__),
      repr(complex.__format__), repr(object.__format__), repr(bool.__format__))
print(format(Money(42), '05d'), f'{Money(7)}', f'{Ratio(2.25)}', f'{Ratio(2.25):.3f}')
print(int.__format__(True, ''), int.__format__(True, 'd'), float.__format__(2.5, '>8.2f'))
print(str.__format__('ab', '>4'), str.__format__(Tag('x'), ''), str.__format__(Tag('x'), '3'))
print((12).__format__('x'), 1.5.__format__('e'), 'q'.__format__('^5'))
for f, args in [(int.__format__, (2.5, '')), (int.__format__, (2, 5)),
                (float.__format__, (1, '')), (str.__format__, (1, '')),
                (int.bit_length, ('x',)), (float.hex, (3,))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
