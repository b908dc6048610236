# Class-level counters and staticmethods.
class Widget:
    created = 0

    def __init__(self, label):
        Widget.created += 1
        self.label = label
        self.id = Widget.created

    @staticmethod
    def describe(w):
        return "#%d:%s" % (w.id, w.label)

    @classmethod
    def count(cls):
        return cls.created


ws = [Widget(name) for name in "xyz"]
print([Widget.describe(w) for w in ws], Widget.count())
