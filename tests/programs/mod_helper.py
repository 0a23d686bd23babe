"""Helper module for import tests."""
print("loading mod_helper, __name__ =", __name__)
VALUE = 7
load_count = 1
_private = "hidden"
public_name = "public"
_calls = 0
def greet(who):
    return f"hello {who}"
def counter():
    global _calls
    _calls += 1
    return _calls
class helper_class:
    def kind(self):
        return "helper"
if __name__ == "__main__":
    print("never printed when imported")
