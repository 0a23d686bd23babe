# Errors inside a generator expression consumed by a builtin.
values = ["1", "2", "x"]
total = sum(int(v) for v in values)
print(total)
