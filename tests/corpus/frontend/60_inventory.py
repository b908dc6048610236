# Inventory management: classes, dicts, comprehensions, exceptions.
class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            raise KeyError(item.name)
        self.items[item.name] = item

    def value(self):
        return sum(i.total() for i in self.items.values())

    def low_stock(self, threshold=5):
        return sorted(n for n, i in self.items.items() if i.qty < threshold)


inv = Inventory()
for name, price, qty in [("pen", 1.5, 10), ("book", 12.0, 2), ("bag", 30.0, 1)]:
    inv.add(Item(name, price, qty))
try:
    inv.add(Item("pen", 1.0))
except KeyError as e:
    print("duplicate", e)
print(inv.value(), inv.low_stock())
