# Uncaught ZeroDivisionError inside nested calls: carets under the binary operation.
def ratio(a, b):
    return a / b


def average(values):
    total = sum(values)
    return ratio(total, len(values))


print(average([1, 2, 3]))
print(average([]))
