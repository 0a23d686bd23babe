# copy.deepcopy / copy.copy / pickle of list and tuple iterators through their
# __reduce__ and __setstate__, as CPython 3.11 does it.
import copy, pickle
it = iter([1, [2], 3])
next(it)
c = copy.deepcopy(it)
print(list(c), list(it))
e = iter([])
print(list(copy.deepcopy(e)), list(copy.copy(iter((1, 2)))))
t = iter((4, 5, 6)); next(t)
print(t.__reduce__(), list(copy.deepcopy(t)))
done = iter([1]); list(done)
print(done.__reduce__(), iter(()).__reduce__()[0] is iter)
x = iter([1, 2, 3]); x.__setstate__(10); print(list(x))
y = iter([1, 2, 3]); y.__setstate__(-5); print(list(y))
print(list(pickle.loads(pickle.dumps(iter([7, 8])))))
