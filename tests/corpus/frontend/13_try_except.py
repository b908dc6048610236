# try/except/else/finally with named exceptions.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    except (TypeError, ValueError):
        print("bad type")
        return -1
    else:
        print("ok")
        return result
    finally:
        print("finally")


print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))
try:
    raise KeyError("k")
except KeyError:
    print("caught key error")
