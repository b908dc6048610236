class C:
    data = [z := 1 for i in range(2)]
