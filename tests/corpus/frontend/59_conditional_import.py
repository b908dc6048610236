# Imports inside functions and try/except ImportError.
try:
    import json
except ImportError:
    json = None


def dumps(obj):
    if json is not None:
        return json.dumps(obj, sort_keys=True)
    return str(obj)


def load_itertools():
    from itertools import chain, islice
    return list(islice(chain([1, 2], [3, 4]), 3))


print(dumps({"b": 1, "a": [1, 2]}), load_itertools())
