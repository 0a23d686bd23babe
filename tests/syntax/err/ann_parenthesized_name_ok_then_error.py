(a): int = 1 2
