# os.path (posixpath), reduced to the pure string functions.
def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def split(p):
    return (dirname(p), basename(p))


def join(a, *parts):
    out = a
    for b in parts:
        if b.startswith("/"):
            out = b
        elif not out or out.endswith("/"):
            out = out + b
        else:
            out = out + "/" + b
    return out


def splitext(p):
    base = basename(p)
    dot = base.rfind(".")
    if dot <= 0 or base[:dot] == "." * dot:
        return (p, "")
    cut = len(p) - len(base) + dot
    return (p[:cut], p[cut:])


def isabs(p):
    return p.startswith("/")


def exists(p):
    import _dp_files
    return p in _dp_files.files


def isfile(p):
    return exists(p)
