# Single inheritance chains with super() in several methods.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __str__(self):
        return "%s with area %s" % (self.name, self.area())


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Cube(Square):
    def __init__(self, side):
        super().__init__(side)
        self.name = "cube"

    def area(self):
        return 6 * super().area()


for s in [Shape("blob"), Square(3), Cube(2)]:
    print(s)
