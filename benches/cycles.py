# Builds and drops 1,000,000 small reference cycles; automatic collection frees them.
class Node:
    def __init__(self):
        self.other = None

def main():
    for i in range(1_000_000):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    return i

print(main())
