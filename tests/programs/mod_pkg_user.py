import mod_helper
from mod_helper import greet
def combined():
    return greet("again") + " " + str(mod_helper.VALUE)
