import os
for f in [lambda: os.stat(1.5), lambda: os.lstat(None), lambda: os.rename(1, 'x'), lambda: os.mkdir([]), lambda: os.remove(None), lambda: os.scandir(2.0)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
