print([(n := 1) for i in range(2) for n in range(3)])
