# Boolean operators as values and as conditions.
a = 0
b = 3
c = "x"
print(a or b, a and b, b and c, a or c or b, a and b or c)
print(not a, not b)
val = a or None
print(val)
if a or b and c:
    print("cond1")
if (a or b) and not c:
    print("cond2")
else:
    print("cond2 false")
result = [x for x in range(10) if x > 2 and x < 6 or x == 9]
print(result)
print(b > 1 and c == "x", (a and b) or (b and c))
