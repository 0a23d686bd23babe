import sys
print("exiting with 256")
sys.exit(256)
