# with inside loops with break/continue and return.
class Res:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self.n

    def __exit__(self, *exc):
        print("close", self.n)


def scan(limit):
    for i in range(5):
        with Res(i) as r:
            if r == 1:
                continue
            if r == limit:
                return r
    return None


print(scan(3))
