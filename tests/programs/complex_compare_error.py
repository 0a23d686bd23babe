# Ordering complex numbers is a TypeError that ends the program.
print(1j == 1j, 1 + 0j == 1)
1j < 2j
