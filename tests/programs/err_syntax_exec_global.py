# A symbol-table error from exec(): CPython has no line to quote (the code came from a
# string, not a file), and reports the position only.
print("before")
exec("x = 1\nglobal x\n")
