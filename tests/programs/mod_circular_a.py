import mod_circular_b
value = 1
