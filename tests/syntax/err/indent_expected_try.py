try:
b
