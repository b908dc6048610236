# with statements: single, multiple items, as-targets.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is not None)
        return False


with Ctx("a") as x:
    print("inside", x)
with Ctx("b") as y, Ctx("c") as z:
    print(y, z)
with Ctx("d"):
    print("no target")
try:
    with Ctx("e"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
