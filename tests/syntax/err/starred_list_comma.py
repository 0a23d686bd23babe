[*a a]
