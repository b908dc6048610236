# Calls with *args / **kwargs unpacking and keyword arguments.
def f(a, b=0, *args, c=1, **kw):
    return (a, b, args, c, sorted(kw.items()))


args = [1, 2, 3]
kw = {"c": 5, "z": 9}
print(f(*args))
print(f(*args, **kw))
print(f(1, *[2, 3], 4, c=3))
print(f(a=1, **{"b": 2}))
print(f(1, 2, x=1, **kw))
print(f(*args, d=4, **kw, e=5))
print(max(3, 9, key=lambda v: -v))
print("-".join(map(str, [1, 2, 3])))
