# A generator that closes, resumes or throws into itself while it runs.
def run(name, f):
    try:
        print(name, 'ok', f())
    except Exception as e:
        print(name, type(e).__name__, e)
def g1():
    me.close()
    yield 1
me = g1(); run('close', lambda: next(me))
def g2():
    next(me2)
    yield 1
me2 = g2(); run('next', lambda: next(me2))
def g3():
    me3.send(None)
    yield 1
me3 = g3(); run('send', lambda: next(me3))
def g4():
    me4.throw(ValueError('x'))
    yield 1
me4 = g4(); run('throw', lambda: next(me4))
def g5():
    yield 1
    me5.close()
    yield 2
me5 = g5(); next(me5); run('close2', lambda: next(me5))
def g6():
    try:
        yield 1
    finally:
        me6.close()
me6 = g6(); next(me6); run('close in finally', lambda: me6.close())
print(list(me6))
def g7():
    x = yield 1
    me7.send(5)
me7 = g7(); next(me7); run('send2', lambda: me7.send(3))
