for call in ["eval('1', [])", "eval('1', {}, 3)", "exec('1', [])", "exec('1', {}, 3)", "compile('1','f','bad')", "eval(3)", "exec(3)", "compile(3, 'f', 'exec')", "eval('x = 1')", "compile('1', 'f', 'exec', 0x12345678)", "exec('def f(:')", "eval(compile('x=1','s','exec'))", "compile('a\\x00b', 'f', 'exec')"]:
    try:
        r = eval(call)
        print(call, '->', repr(r)[:40])
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
