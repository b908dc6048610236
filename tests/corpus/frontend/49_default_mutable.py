# Default argument values evaluated once; closures in loops.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2))
funcs = []
for i in range(3):
    def show(i=i):
        return i
    funcs.append(show)
print([fn() for fn in funcs])
counter = {"n": 0}


def tick(state=counter):
    state["n"] += 1
    return state["n"]


tick()
print(tick())
