# raise SystemExit(2) exits with that status and prints nothing.
print("before")
raise SystemExit(2)
