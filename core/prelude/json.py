# json, reduced to dumps (separators, sort_keys and indent as in the standard library).
def _esc(s):
    out = '"'
    for c in s:
        if c == '"':
            out += '\\"'
        elif c == "\\":
            out += "\\\\"
        elif c == "\n":
            out += "\\n"
        elif c == "\t":
            out += "\\t"
        elif c == "\r":
            out += "\\r"
        elif ord(c) < 32 or ord(c) > 127:
            out += "\\u%04x" % ord(c)
        else:
            out += c
    return out + '"'


def dumps(obj, indent=None, sort_keys=False, separators=None):
    if separators is None:
        separators = (", ", ": ") if indent is None else (",", ": ")
    item_sep, key_sep = separators
    if isinstance(indent, int):
        indent = " " * indent

    def enc(o, level):
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, str):
            return _esc(o)
        if isinstance(o, int):
            return str(o)
        if isinstance(o, float):
            if o != o:
                return "NaN"
            if o in (float("inf"), float("-inf")):
                return "Infinity" if o > 0 else "-Infinity"
            return repr(o)
        if isinstance(o, (list, tuple)):
            parts = [enc(v, level + 1) for v in o]
        elif isinstance(o, dict):
            items = sorted(o.items()) if sort_keys else list(o.items())
            parts = [_esc(k if isinstance(k, str) else str(k)) + key_sep + enc(v, level + 1) for k, v in items]
        else:
            raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")
        op, cl = ("{", "}") if isinstance(o, dict) else ("[", "]")
        if not parts:
            return op + cl
        if indent is None:
            return op + item_sep.join(parts) + cl
        inner = "\n" + indent * (level + 1)
        return op + inner + (item_sep + inner).join(parts) + "\n" + indent * level + cl

    return enc(obj, 0)
