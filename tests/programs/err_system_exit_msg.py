import sys
try:
    sys.exit("handled")
except SystemExit as e:
    print("caught", e.code)
raise SystemExit("goodbye message")
