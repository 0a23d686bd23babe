# getpass without a terminal: the password is read from sys.stdin, the prompt and the
# echo warning go to the given stream; getuser reads the environment first.
import io
import os
import sys
import warnings
import getpass

warnings.simplefilter("ignore", getpass.GetPassWarning)
sys.stdin = io.StringIO("s3cret\nsecond line\n")
print(repr(getpass.getpass("Password: ", stream=sys.stdout)))
print(repr(getpass.getpass(prompt="Again: ", stream=sys.stdout)))
try:
    getpass.getpass("Third: ", stream=sys.stdout)
except EOFError:
    print("EOFError")
print(issubclass(getpass.GetPassWarning, UserWarning))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sys.stdin = io.StringIO("x")
    print(repr(getpass.getpass("", stream=io.StringIO())))
print([(w.category.__name__, str(w.message)) for w in caught])
os.environ["LOGNAME"] = "ann"
print(getpass.getuser())
del os.environ["LOGNAME"]
os.environ["USER"] = "bob"
print(getpass.getuser())
