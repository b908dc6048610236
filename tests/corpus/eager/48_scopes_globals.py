# global statements, shadowing, default argument evaluation time, UnboundLocalError.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)
x = "global"


def shadow():
    x = "local"
    return x


print(shadow(), x)
default = 5


def f(a=default):
    return a


default = 6
print(f())


def broken():
    print(y)
    y = 1


y = 0
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
