def f(a,
      b):
return 1
