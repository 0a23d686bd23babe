# An uncaught user-defined exception with several arguments, raised from a method.
class InventoryError(Exception):
    pass
class Store:
    def __init__(self):
        self.stock = {"apple": 1}
    def take(self, item):
        if self.stock.get(item, 0) <= 0:
            raise InventoryError(item, "out of stock")
        self.stock[item] -= 1
s = Store()
s.take("apple")
print("took one apple")
s.take("apple")
