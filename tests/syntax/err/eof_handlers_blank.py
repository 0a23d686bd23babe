try:
  pass
  
