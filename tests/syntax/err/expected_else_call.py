f(1 if b)
