import sys
print("exiting with 2**70")
sys.exit(2**70)
