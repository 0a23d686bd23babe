if x:
    # comment

pass
