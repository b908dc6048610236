# A small stack-based interpreter built from classes, dicts and closures.
class Machine:
    def __init__(self):
        self.stack = []
        self.ops = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a // b,
        }

    def run(self, program):
        for tok in program.split():
            if tok in self.ops:
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(self.ops[tok](a, b))
            elif tok == "dup":
                self.stack.append(self.stack[-1])
            elif tok == "swap":
                self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
            else:
                self.stack.append(int(tok))
        return self.stack[-1]


m = Machine()
print(m.run("3 4 + 2 *"))
print(m.run("dup *"))
print(m.run("7 swap -"))
print(m.run("-9 2 /"), m.stack)
for prog in ["1 +", "1 0 /"]:
    try:
        Machine().run(prog)
    except (IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
