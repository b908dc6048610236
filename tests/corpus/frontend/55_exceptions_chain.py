# Exception handling across function boundaries with finally.
log = []


def step(n):
    log.append("start %d" % n)
    try:
        if n % 2:
            raise ValueError(n)
        return n * 10
    finally:
        log.append("end %d" % n)


results = []
for n in range(4):
    try:
        results.append(step(n))
    except ValueError as e:
        results.append(-e.args[0])
print(results)
print(log)
