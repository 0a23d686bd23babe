x = [  # comment
