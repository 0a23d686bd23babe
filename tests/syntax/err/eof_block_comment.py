if x:
  # c
