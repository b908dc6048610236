# Nested classes and methods referencing enclosing function variables.
def factory(prefix):
    class Named:
        tag = prefix.upper()

        def __init__(self, n):
            self.n = n

        def name(self):
            return prefix + str(self.n)

        class Inner:
            kind = "inner"

    return Named


K = factory("obj")
print(K(3).name(), K.tag, K.Inner.kind, K.__qualname__, K.Inner.__qualname__)
