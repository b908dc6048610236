# String formatting styles.
name, age, score = "Ann", 31, 92.456
print("%s is %d years" % (name, age))
print("{} scored {:.1f}".format(name, score))
print(f"{name:^9}|{age:04d}|{score:8.2f}|{score!r:>10}")
print(f"{'left':<6}{'right':>7}")
rows = [("a", 1), ("bb", 22)]
for label, val in rows:
    print(f"{label:>3} = {val:<3}!")
print(f"{age * 2 = }", f"{name.upper()}")
