# NameError inside a function: locals are searched first for a suggestion.
def compute(values):
    running_total = 0
    for v in values:
        running_total += v
    return running_totl
print(compute([1, 2]))
