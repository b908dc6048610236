# __init__ chains, method overriding, class-level counters and __str__ inheritance.
class Shape:
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s)
print(Shape.registry, [type(s).__mro__[1].__name__ for s in shapes])
try:
    print(Shape("blob"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
