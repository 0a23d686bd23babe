if x:
  
