[yield x]
