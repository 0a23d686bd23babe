"""A property's __doc__ can be set, as CPython's member allows."""
class C:
    @property
    def x(self):
        "the x"
        return 1
p = C.__dict__['x']
print(p.__doc__)
p.__doc__ = 'new doc'
print(p.__doc__, C.x.__doc__)
q = property(lambda s: 2)
print(q.__doc__)
q.__doc__ = 'set'
print(q.__doc__)
class P(property):
    pass
r = P(lambda s: 3, doc='given')
print(r.__doc__)
r.__doc__ = 'changed'
print(r.__doc__)
