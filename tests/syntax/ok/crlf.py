x = 1
if x:
    y = (1,
         2)
    z = """a
b"""
