# super() needs the implicit __class__ cell.
class Base:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return "Base(%d)" % self.x


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return super().describe() + "+Child(%d)" % self.y


c = Child(1, 2)
print(c.describe())
print(c.x, c.y)
