# Uncaught KeyError in a dictionary lookup inside a comprehension.
prices = {"apple": 1.25, "pear": 0.5}
basket = ["apple", "pear", "plum"]
total = sum([prices[item] for item in basket])
print(total)
