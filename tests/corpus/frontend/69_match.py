# match statements: literals, captures, wildcards, sequences, mappings, class patterns, |, guards.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    def __init__(self, c, r):
        self.c, self.r = c, r


def describe(v):
    match v:
        case 0 | 1 | -1:
            return "small int"
        case True | False | None:
            return "singleton"
        case "hello" | 'bye':
            return "greeting " + v
        case 2.5:
            return "float"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [1, 2, *rest]:
            return f"starts 1, 2 then {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, *_, last]:
            return f"ends {first} {last}"
        case (a, b, c) if a < b < c:
            return "increasing triple"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {extra}"
        case {"type": t, "n": int() as n} if n > 3:
            return f"typed {t} big {n}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case Circle(c=Point(x=cx), r=r) | Circle(c=(cx, _), r=r):
            return f"circle {cx} {r}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "text"
        case _:
            return "other " + type(v).__name__


for v in [0, -1, True, None, "hello", "bye", 2.5, [], (), [9], [1, 2, 3, 4], [5, 6, 5], [5, 6, 7, 8],
          (1, 2, 3), (3, 2, 1), {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5},
          {"type": "k", "n": 7}, {"type": "k", "n": 1}, Point(0, 0), Point(0, 4), Point(2, 2),
          Point(3, 4), Circle(Point(1, 2), 5), Circle((7, 8), 9), 500, 50, "x", b"y", 3.0j]:
    print(describe(v))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            print("going", direction)
        case ["take", *items] if items:
            print("taking", items)
        case ["quit" | "exit"]:
            print("bye")
        case other:
            print("unknown", other)


for c in ["go north", "go west", "take a b", "take", "quit", "exit now"]:
    command(c)
point = (1, 2)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("on an axis at", x)
    case (x, y):
        print("at", x, y)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case int(value) if value > 40:
        print("int above 40:", value)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match "only":
    case s:
        print("captured", s)
