# A module with a syntax error, imported by tb_syntax_error_runtime.py.
def broken(:
    pass
