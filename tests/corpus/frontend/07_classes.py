# Classes with methods, class attributes and inheritance.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return self.name + " barks"


d = Dog("Rex")
a = Animal("Generic")
print(d.speak(), a.speak(), d.kind, Animal.kind)
print(isinstance(d, Animal), type(d).__name__)
