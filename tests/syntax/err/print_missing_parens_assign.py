x = print "a", 1
