# A small stack-based calculator (realistic mix).
def tokenize(expr):
    return expr.replace("(", " ( ").replace(")", " ) ").split()


def evaluate(tokens):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    stack = []
    for tok in tokens:
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]


print(evaluate(tokenize("3 4 + 2 *")))
print(evaluate(["10", "4", "-", "3", "/"]))
