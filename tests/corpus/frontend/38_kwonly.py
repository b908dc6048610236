# Keyword-only arguments, defaults and annotations.
def config(host: str, port: int = 80, *, secure: bool = False, timeout=None) -> str:
    scheme = "https" if secure else "http"
    return "%s://%s:%d (%s)" % (scheme, host, port, timeout)


def stats(*values: float, **opts) -> dict:
    return {"n": len(values), "opts": sorted(opts)}


print(config("a.com"))
print(config("b.com", 8080, secure=True, timeout=3))
print(stats(1.0, 2.0, precise=True))
print(config.__annotations__["return"], sorted(config.__kwdefaults__))
