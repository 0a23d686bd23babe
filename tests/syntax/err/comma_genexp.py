x = (a b for c in d)
