# Iterator protocol implemented by a class.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(4)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
total = 0
for v in Countdown(3):
    total += v
print(total)
