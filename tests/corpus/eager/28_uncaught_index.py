# Uncaught IndexError on a subscript: "~~~~^^^" carets.
items = [10, 20, 30]
index = 1
print(items[index])
index = 5
print("value:", items[index] + 1)
