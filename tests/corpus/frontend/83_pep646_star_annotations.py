# dis of PEP 646 annotations: *args: *Ts is UNPACK_SEQUENCE 1 after the starred value; starred items
# in subscripts build a list and convert it to a tuple.
Ts = [1]


class G:
    def __class_getitem__(cls, key):
        return ("G", key)


def f(*args: *Ts):
    pass


def g(a,
      *rest:
      *Ts[
        0:1],
      k: int = 1) -> G[*Ts]:
    pass


class C:
    def m(self, *__a: *Ts) -> None:
        pass


x: G[*Ts, int]
print(f.__annotations__, g.__annotations__, C.m.__annotations__, __annotations__)
