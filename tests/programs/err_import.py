import mod_raises
print("not reached")
