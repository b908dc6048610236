def f(items):
    for it in items:
        try:
            risky(it)
        except ValueError as err:
            if err:
                return err.args
            continue
        except Exception:
            break
        finally:
            log(it)
    return None


def g(path):
    try:
        with open(path) as fh:
            return fh.read()
    except OSError:
        return ""


s = (f"a{x}"
     "b" f"{y!r:{w}}"
     f"""multi
{z + 1}
line""")
obj.method(
    1,
    key=value,
).other(kw=2)
class A:
    f = lambda self: [i for i in self.data]
    def g(self, *, k=lambda: 0):
        return {k: v for k, v in zip(self.a, self.b) if k}
result = {**a, **b}
items = [*a, *b, c]
call(*a, *b, **c, **d)
call(1, *a, x=2, **d)
x = y = z = []
first, (second, *third), fourth = data
nums[::2], nums[1:-1] = evens, mids
