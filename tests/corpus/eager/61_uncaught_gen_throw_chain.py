# An exception thrown into a suspended generator and re-raised from its handler with a cause.
def guarded():
    try:
        yield "ready"
    except KeyError as e:
        raise ValueError("wrapped") from e


g = guarded()
print(next(g))
g.throw(KeyError("missing"))
