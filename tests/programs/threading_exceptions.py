# An exception in a thread ends that thread only: threading.excepthook gets it
# (here a hook of the program's own, printing to stdout), and the process goes on.
# SystemExit in a thread ends the thread quietly.
import sys
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def boom():
    raise ValueError("boom")


def leave():
    sys.exit(3)


for target, name in ((boom, "t-boom"), (leave, "t-exit")):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
print(seen)
print("main goes on")

# A hook that fails falls back to sys.excepthook (stderr); silence it here.
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
old_stderr = sys.stderr
import io
sys.stderr = io.StringIO()
t = threading.Thread(target=boom, name="quiet")
t.start()
t.join()
text = sys.stderr.getvalue()
sys.stderr = old_stderr
print(text.splitlines()[0])
print(text.splitlines()[-1])
