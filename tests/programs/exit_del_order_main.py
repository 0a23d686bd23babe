# At exit, the objects __main__'s globals hold are finalized in CPython's order: a full
# collection runs first while every module is alive (reordering what only later-made
# containers hold), then the module's namespace is freed as garbage.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class K:
    cattr = A('class attribute')


def f():
    pass


a = A('a')
b = A('b')
x = A('x')
y = A('y')
x.other = y
y.other = x
items = [A('list item 1'), A('list item 2')]
more = [1, 2, A('list item 3')]
mapping = {'k': A('dict value')}
z = A('z')
f.attr = A('function attribute')
k = K()
k.inst = A('instance attribute')
k.held = [A('held in a list')]
pair = (A('tuple item 1'), A('tuple item 2'))
me = A('self cycle')
me.me = me
r = [A(i) for i in range(3)]
r.append(r)
last = A('last')
print('end of program')
