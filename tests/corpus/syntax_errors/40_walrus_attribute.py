class P:
    pass
p = P()
if (p.x := 1):
    pass
