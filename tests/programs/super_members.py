# A super object's __thisclass__, __self__ and __self_class__.
class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        s = super()
        return s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, s.who()

    @classmethod
    def make(cls):
        s = super()
        return s.__thisclass__.__name__, s.__self__.__name__, s.__self_class__.__name__


class Grand(Child):
    pass


print(Grand().who(), Grand.make())
unbound = super(Child)
print(unbound.__thisclass__.__name__, unbound.__self__, unbound.__self_class__)
print(super(Child, Grand()).__self_class__.__name__)
