# The second parser pass reads past `c` (its rule for `print x`) and meets the line
# continuation at the end of the input: that error is the one reported.
@a b c \
