# Comparisons, chained comparisons, membership and identity.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, 0 <= x <= 4 <= 9)
print(3 in [1, 2, 3], 4 not in (1, 2), "a" in "abc", x in {1, 5})
v = None
print(v is None, v is not None, x is not v)
lst = [1, 2]
print(lst == [1, 2], lst != [2, 1], lst < [1, 3], lst >= [1])
if 0 < x < 10:
    print("chained in if")
if not (x is None):
    print("not is")
if x not in (1, 2, 3):
    print("not in tuple")
