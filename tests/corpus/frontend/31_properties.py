# Properties with setters and classmethod constructors.
class Rect:
    def __init__(self, w, h):
        self._w = w
        self._h = h

    @property
    def area(self):
        return self._w * self._h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            raise ValueError("negative")
        self._w = value

    @classmethod
    def square(cls, side):
        return cls(side, side)


r = Rect(2, 3)
r.width = 5
print(r.area, r.width, Rect.square(4).area)
try:
    r.width = -1
except ValueError as e:
    print("error", e)
