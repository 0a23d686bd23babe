x = a b
y = 'abc
