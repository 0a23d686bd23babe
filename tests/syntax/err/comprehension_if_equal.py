x = (i for i in a if j = 1)
