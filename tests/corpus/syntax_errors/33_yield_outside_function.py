print("start")
yield 1
