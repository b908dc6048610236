# Uncaught AttributeError from a method call on the wrong object.
class Account:
    def __init__(self, owner):
        self.owner = owner


def describe(acct):
    return acct.owner.upper() + " has " + str(acct.balance)


a = Account("kim")
print(describe(a))
