while True:
    pass
break
