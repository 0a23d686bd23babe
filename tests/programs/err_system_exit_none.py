# SystemExit without a code exits with status 0; finally blocks still run.
import sys
try:
    print("exiting")
    sys.exit()
finally:
    print("cleanup runs")
