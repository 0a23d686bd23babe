x = a.b c
