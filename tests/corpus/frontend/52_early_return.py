# Functions with several return paths.
def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            return index
    return -1


def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def first_even(xs):
    for x in xs:
        if x % 2:
            continue
        return x


print(find([4, 5, 6], 6), find([], 1), sign(-3), sign(0), first_even([1, 3, 4]), first_even([1]))
