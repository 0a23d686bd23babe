class B:
    count = 0
    def __init__(self):
        print("B init")
        B.count += 1
class C(B):
    def __init__(self):
        print("C init")
        super().__init__()
        print("after super")
C()
print(B.count)
s = super(C, C())
print(s)
