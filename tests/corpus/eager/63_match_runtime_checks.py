# Runtime errors of match statements that CPython reports: __match_args__ that is not a tuple,
# a called pattern that is not a class, duplicate attribute keys in a mapping pattern.
class Bad:
    __match_args__ = ["x"]
    x = 1


class Keys:
    A = "k"
    B = "k"


not_a_class = len
for subject, label in [(Bad(), "bad"), (5, "call"), ({"k": 1, "j": 2}, "keys")]:
    try:
        match subject:
            case Bad(x) if label == "bad":
                print("no")
            case {Keys.A: 1, Keys.B: 1}:
                print("no")
            case not_a_class() if label == "call":
                print("no")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match 7:
    case bool():
        print("bool")
    case int(x) if x > 5:
        print("int over 5", x)
match (1, 2, 3):
    case [1, *rest] if len(rest) == 2:
        print("rest", rest)
match range(3):
    case [0, 1, 2]:
        print("range is a sequence")
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case str(s):
        print("str is not a sequence", s)
