# Every value is an object on minipy's heap, with its own identity.
greeting = "Hello, minipy!"
print(greeting)

# Small ints -5..256 are cached and shared: both names refer to the same object.
a = 100
b = 100
print(a is b)

# Reference counting: the list lives as long as something refers to it.
numbers = [1, 2, 3]
alias = numbers
del numbers
print(alias)
