# Class bodies: class variables, name mangling, docstrings, __repr__.
class Account:
    """A bank account."""
    rate = 0.05
    __secret = "hidden"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    def reveal(self):
        return self.__secret

    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.__balance)


acc = Account("ann", 10)
acc.deposit(5)
print(acc, acc.reveal(), Account.__doc__, Account.rate)
print(acc._Account__balance)
