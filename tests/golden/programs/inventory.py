# Inventory system with inheritance and operator dunders
class Item:
    tax_rate = 0.10
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
    def price_with_tax(self):
        return round(self.price * (1 + self.tax_rate), 2)
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, qty={self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, other):
        return self.total() < other.total()
class Food(Item):
    tax_rate = 0.05
    def __init__(self, name, price, qty=0, days_left=7):
        super().__init__(name, price, qty)
        self.days_left = days_left
    def price_with_tax(self):
        base = super().price_with_tax()
        return round(base * 0.5, 2) if self.days_left <= 1 else base
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self
    def __iadd__(self, item):
        return self.add(item)
    def __getitem__(self, name):
        return self.items[name]
    def __contains__(self, name):
        return name in self.items
    def __len__(self):
        return len(self.items)
    def value(self):
        return sum(i.total() for i in self.items.values())
inv = Inventory()
inv += Item("hammer", 12.5, 4)
inv += Food("bread", 2.0, 10, days_left=1)
inv += Food("cheese", 7.25, 3)
inv += Item("nails", 0.05, 1000)
inv += Item("hammer", 12.5, 1)
print(len(inv), "hammer" in inv, "saw" in inv)
print(inv["hammer"])
for item in sorted(inv.items.values()):
    print(f"{item.name:<8}{item.qty:>6}{item.total():>10.2f}{item.price_with_tax():>8.2f}")
print(f"total value: {inv.value():.2f}")
print(Item("bread", 1) == inv["bread"], len({Item("a", 1), Item("a", 2)}))
try:
    inv["saw"]
except KeyError as e:
    print("missing:", e)
print(max(inv.items.values()), min(inv.items.values()).name)

# expect: 4 True False
# expect: Item('hammer', 12.5, qty=5)
# expect: bread       10     20.00    1.05
# expect: cheese       3     21.75    7.61
# expect: nails     1000     50.00    0.06
# expect: hammer       5     62.50   13.75
# expect: total value: 154.25
# expect: True 1
# expect: missing: 'saw'
# expect: Item('hammer', 12.5, qty=5) bread
