# A walrus may not rebind a comprehension iteration variable.
print("never runs")
values = [i for i in range(3) if (i := 2)]
