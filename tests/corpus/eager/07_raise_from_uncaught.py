# raise ... from ...: "The above exception was the direct cause".
class ConfigError(Exception):
    pass


def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing key: " + key) from e


cfg = {"a": 1}
print(lookup(cfg, "a"))
lookup(cfg, "b")
