# Nested try blocks and bare except.
def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    if n == 1:
        raise IndexError("index")
    return n


for n in range(3):
    try:
        try:
            print(risky(n))
        except ZeroDivisionError:
            print("inner caught zero")
    except Exception as e:
        print("outer caught", type(e).__name__)
try:
    risky(1)
except:
    print("bare except")
