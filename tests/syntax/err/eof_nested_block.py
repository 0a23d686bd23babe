if y:
  if x:
