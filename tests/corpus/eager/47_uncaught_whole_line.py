# A failing call that covers its whole line prints no caret line; a nested one does.
def fail():
    raise LookupError("nothing here")


def wrapper():
    fail()


def indexer(seq):
    return seq[len(seq)]


print(indexer("ab"[0:1] + "cd")) if False else None
wrapper()
