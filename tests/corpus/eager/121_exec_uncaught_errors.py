# An uncaught exception raised in code run by exec: the traceback has a frame of file "<string>"
# (no source line shown), and a SyntaxError of exec's source ends with its location block.
def g():
    return eval("1 / 0")


exec("def h():\n    return g()\n")
try:
    h()
except ZeroDivisionError as e:
    import traceback

    print("".join(traceback.format_exception(e)))


def f():
    exec("x = 1\ny = x +\n")


f()
