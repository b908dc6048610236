# if / elif / else chains and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for v in (-5, 0, 3, 50):
    print(v, classify(v))
x = 5
y = "odd" if x % 2 else "even"
print(y)
if x > 3 and x < 10 or x == 100:
    print("in range")
if not x:
    print("falsy")
else:
    print("truthy")
