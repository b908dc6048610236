# Keyword arguments on plain calls and method calls.
def describe(name, *, sep=": ", end="."):
    return name + sep + "value" + end


class Printer:
    def show(self, text, upper=False, suffix=""):
        return (text.upper() if upper else text) + suffix


p = Printer()
print(describe("x"), describe("y", sep="="), describe("z", end="!", sep="-"))
print(p.show("hi"), p.show("hi", upper=True), p.show(text="t", suffix="?"))
print(sorted([3, 1, 2], reverse=True), dict(a=1, b=2))
