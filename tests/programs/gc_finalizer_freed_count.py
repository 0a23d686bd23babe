import gc
class A:
    def __del__(self):
        self.other = None
a = A(); b = A(); a.other = b; b.other = a
del a, b
print(gc.collect())
class B:
    def __del__(self):
        self.x.clear()
l = []
o = B(); o.x = l; l.append(o); l.append([1]); 
del o, l
print(gc.collect())
