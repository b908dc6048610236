# Module-level annotated assignments.
count: int = 0
name: str
ratio: float = 0.5


def inc() -> None:
    global count
    count += 1


inc()
print(count, ratio, sorted(__annotations__))
