# getattr / setattr / hasattr / delattr and __dict__ with names holding lone surrogates.
def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))
class P: pass
class S:
    __slots__ = ('a',)
p = P()
p.x = 1
s = '\ud800'
show('get missing', lambda: getattr(p, s))
show('get default', lambda: getattr(p, s, 'dflt'))
show('has missing', lambda: hasattr(p, s))
show('set', lambda: setattr(p, s, 1))
show('get', lambda: getattr(p, s))
show('has', lambda: hasattr(p, s))
show('dict', lambda: p.__dict__[s])
show('vars', lambda: sorted(vars(p).items(), key=repr))
show('x still', lambda: p.x)
p.y = 2
show('y', lambda: (p.y, sorted(p.__dict__, key=repr)))
show('del', lambda: delattr(p, s))
show('del again', lambda: delattr(p, s))
show('after del', lambda: hasattr(p, s))
q = P()
q.__dict__['\udc80'] = 5
show('via dict', lambda: getattr(q, '\udc80'))
show('class set', lambda: (setattr(P, s, 7), getattr(P, s), getattr(P(), s)))
show('slots set', lambda: setattr(S(), s, 1))
show('int get', lambda: getattr(1, s))
show('module get', lambda: getattr(__import__('math'), s))
