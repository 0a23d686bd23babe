# NameError with a suggestion-free message at module level inside a loop.
total = 0
for i in range(3):
    total += i
print(total)
print(totl)
