# classmethod / staticmethod, alternative constructors, class attributes.
class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @staticmethod
    def distance2(a, b):
        return (a.x - b.x) ** 2 + (a.y - b.y) ** 2

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


p = Point.from_pair((3, 4))
o = Point.origin()
print(p, o, Point.distance2(p, o))
print(Point3.origin())
print(Point.count)
print(p.distance2(p, Point(0, 1)))
