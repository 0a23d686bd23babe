print("mod_raises is loading")
def fail():
    raise RuntimeError("raised while importing")
fail()
