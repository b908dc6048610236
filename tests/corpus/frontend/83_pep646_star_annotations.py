# dis of PEP 646 annotations: *args: *Ts is UNPACK_SEQUENCE 1 after the starred value; starred items
# in subscripts build a list and convert it to a tuple.
Ts = [1]


def f(*args: *Ts):
    pass


def g(a,
      *rest:
      *Ts[
        0:1],
      k: int = 1) -> tuple[*Ts]:
    pass


class C:
    def m(self, *__a: *Ts) -> None:
        pass


x: tuple[*Ts]
print(f.__annotations__, C.m.__annotations__, __annotations__)
