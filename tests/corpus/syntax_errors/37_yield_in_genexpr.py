def f():
    g = ((yield) for x in y)
