# generator.throw() on a generator that has not started: raised at its `def` line.
def worker():
    print("not reached")
    yield 1


w = worker()
w.throw(ValueError("boom"))
