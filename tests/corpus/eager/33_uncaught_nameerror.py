# Uncaught NameError for a misspelt variable.
def compute():
    value = 10
    return valeu * 2


print(compute())
