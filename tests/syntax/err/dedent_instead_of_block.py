if y:
  if x:
z = 1
