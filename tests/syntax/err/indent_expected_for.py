for x in y:
b
