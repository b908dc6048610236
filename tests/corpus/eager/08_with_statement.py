# Context managers: __enter__/__exit__, exception suppression, nesting.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker("a") as t:
    print("inside", t.name)

with Tracker("outer"), Tracker("inner", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Tracker("b"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)


def early():
    with Tracker("ret"):
        return "returned"


print(early())
