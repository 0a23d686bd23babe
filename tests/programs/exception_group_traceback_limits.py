eg = ValueError(0)
for i in range(12):
    eg = ExceptionGroup(f"d{i}", [eg, KeyError(i)])
many = ExceptionGroup("many", [ValueError(i) for i in range(17)])
raise ExceptionGroup("top", [eg, many])
