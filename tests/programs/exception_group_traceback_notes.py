e = ValueError("v")
for n in ["x\n", "", "a\r\nb", "c\x0bd"]:
    e.add_note(n)
e.__notes__.append(5)
raise ExceptionGroup("g", [e])
