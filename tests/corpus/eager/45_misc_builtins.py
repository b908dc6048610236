# Assorted builtins and conversions: str/repr/int/float/bool/list/tuple/dict/set/chr/ord.
print(str(1), str(1.0), str(True), str([1]), repr("x"), repr(1.5), repr(None))
print(int("  42 "), int(-0.5), int("-0"), float("-1.5e2"), bool(None), bool("False"))
print(list("abc"), tuple(range(2)), set("aab") == {"a", "b"}, dict([("a", 1)]), list({1: 2}))
print(chr(65) + chr(0x263A), ord("€"), [ord(c) for c in "AZ"])
print(len([1, 2]), len("héé"), len({}), len(()), len(range(3, 10, 2)))
print(max(range(10), key=lambda v: (v % 3, v)), min([[3], [1, 2]]), sorted("bca", reverse=True))
print(abs(-7), round(7.5), round(-0.5), round(1.25, 1), round(2.5, 0), divmod(-9, 4))
print(hash(1) == hash(1.0), hash("a") == hash("a"), 1 == True, None is None)
print(isinstance([], list), type([]) == list, type({}).__name__, type(()).__name__)
print(id(1) == id(1) if False else "id-free", all(isinstance(x, int) for x in [1, True]))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
try:
    {}[[1]] = 2
except TypeError as e:
    print(e)
