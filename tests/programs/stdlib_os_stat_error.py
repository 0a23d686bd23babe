import os
print(os.path.exists("minipy_no_such_file"))
os.stat("minipy_no_such_file")
