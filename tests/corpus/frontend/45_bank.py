# Exceptions as control flow in a small bank simulation.
class InsufficientFunds(Exception):
    def __init__(self, need):
        super().__init__("need %d more" % need)
        self.need = need


class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def pay(self, cost):
        if cost > self.amount:
            raise InsufficientFunds(cost - self.amount)
        self.amount -= cost
        return self.amount


w = Wallet(50)
for cost in (20, 40, 10):
    try:
        left = w.pay(cost)
    except InsufficientFunds as err:
        print("failed:", err, err.need)
    else:
        print("paid", cost, "left", left)
