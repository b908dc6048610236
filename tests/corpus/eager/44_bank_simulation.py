# A bank account simulation with exceptions, properties and class methods.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance})"


accts = [Account("ann", 100), Account("ben")]
accts[1].deposit(50)
for amount in (30, 200):
    try:
        accts[0].withdraw(amount)
    except InsufficientFunds as e:
        print("failed:", e, e.needed - e.available)
try:
    accts[1].deposit(-5)
except ValueError as e:
    print("failed:", e)
print(accts, [a.balance for a in accts], accts[0].history)
print(sum(a.balance for a in accts), max(accts, key=lambda a: a.balance).owner)
