import copyreg, pickle, copy
print(copyreg.__all__)
print(sorted(t.__name__ for t in copyreg.dispatch_table if t.__module__ in ('builtins', 'types')))
class S:
    __slots__ = ('a',)
try:
    pickle.dumps(S(), 0)
except TypeError as e:
    print(e)
try:
    copyreg._reduce_ex(S(), 0)
except TypeError as e:
    print(e)
class I(int): pass
r = copyreg._reduce_ex(I(5), 1)
print(r[0].__name__, r[1:])
class L(list): pass
x = L([1]); x.a = 1
r = copyreg._reduce_ex(x, 1)
print(r[1:])
class O: pass
print(copyreg._reduce_ex(O(), 1)[1:])
o = O(); o.z = 2
print(copyreg._reduce_ex(o, 1)[1:])
print(pickle.loads(pickle.dumps(x, 0)), pickle.loads(pickle.dumps(x, 1)).a)
print(pickle.loads(pickle.dumps(I(7), 0)) + 1, type(pickle.loads(pickle.dumps(I(7), 1))).__name__)
f, a = copyreg.pickle_union(int | str)
print(f(*a))
print(copyreg.pickle_complex(3+4j))
print(pickle.loads(pickle.dumps(int | str | None)))
print(copy.copy(int | str), copy.deepcopy([int | bytes]))
for bad in (lambda: copyreg.pickle(int, 5), lambda: copyreg.constructor(5),
            lambda: copyreg.pickle(int, str, 5),
            lambda: copyreg.add_extension('m', 'n', 0), lambda: copyreg.add_extension('m', 'n', 2**31)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
copyreg.add_extension('m', 'n', 5)
copyreg.add_extension('m', 'n', 5)
for bad in (lambda: copyreg.add_extension('m', 'n2', 5), lambda: copyreg.add_extension('m', 'n', 6),
            lambda: copyreg.remove_extension('m', 'n', 6)):
    try:
        bad()
    except ValueError as e:
        print(e)
copyreg._extension_cache[5] = 'x'
copyreg.remove_extension('m', 'n', 5)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg.add_extension('m', 'n', '7')
print(copyreg._extension_registry)
class Sl:
    __slots__ = ('a', '__b', '__dict__')
class Sl2(Sl):
    __slots__ = 'c'
print(copyreg._slotnames(Sl2), Sl2.__slotnames__, copyreg._slotnames(Sl2) is Sl2.__slotnames__)
class _Sl:
    __slots__ = ('__q', '__weakref__')
class __X:
    __slots__ = ('__q',)
class ___:
    __slots__ = ('__q',)
print(copyreg._slotnames(_Sl), copyreg._slotnames(__X), copyreg._slotnames(___), copyreg._slotnames(int), copyreg._slotnames(O))
print(copyreg.__newobj__(I, 3), copyreg.__newobj_ex__(I, (4,), {}))
print(copyreg._reconstructor(L, list, [1, 2]), copyreg._reconstructor(O, object, None).__class__.__name__)
class WithState:
    __slots__ = ('v',)
    def __getstate__(self):
        return {'v': 1}
print(copyreg._reduce_ex(WithState(), 0)[1:])
