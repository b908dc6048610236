def f():
    pass
return 3
