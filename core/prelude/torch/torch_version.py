# torch.torch_version (torch/torch_version.py): TorchVersion, the str subclass torch.__version__ is,
# comparable with version strings and tuples (`torch.__version__ >= "2.0"`, `>= (2, 1)`).


def _release(v):
    if isinstance(v, tuple):
        return tuple(int(x) for x in v)
    text = str(v).split("+")[0]
    parts = []
    for piece in text.split("."):
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _pad(a, b):
    n = max(len(a), len(b))
    return a + (0,) * (n - len(a)), b + (0,) * (n - len(b))


class TorchVersion(str):
    def _cmp(self, other, op):
        if not isinstance(other, (str, tuple)):
            return NotImplemented
        a, b = _pad(_release(self), _release(other))
        return op(a, b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __eq__(self, other):
        if isinstance(other, TorchVersion) or not isinstance(other, (str, tuple)):
            return str.__eq__(self, other)
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return str.__hash__(self)
