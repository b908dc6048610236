# try/finally with return, break and continue inside.
def f(x):
    try:
        if x:
            return "early"
    finally:
        print("cleanup", x)
    return "late"


print(f(True), f(False))
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
