if x:
        a
    bbbbbb
