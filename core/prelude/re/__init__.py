# re: a subset of CPython 3.11's regular expressions (Lib/re, Modules/_sre.c), written here as a
# backtracking matcher over closures (re/_engine.py). The API is CPython's: compile, match,
# search, fullmatch, findall, finditer, sub, subn, split, escape, purge, error, the flags
# (re.RegexFlag, an enum.IntFlag: I, M, S, X, A, U, L), Pattern and Match objects with their
# reprs; matching follows sre's rules (leftmost match, alternatives in order, greedy and lazy
# repeats, the last iteration's captures, empty matches after a match as 3.7+ allows them).
# Supported syntax: literals and escapes, ., ^, $, \A, \Z, \b, \B, classes [...] with ranges,
# negation and \d \w \s \D \W \S, * + ? {m} {m,} {,n} {m,n} and their lazy forms, groups (...),
# (?:...), (?P<name>...), (?P=name), \1..\99, alternation |, (?=...), (?!...), fixed-width
# (?<=...), (?<!...), (?#...), atomic groups (?>...) and possessive repeats (*+ ++ ?+ {m,n}+),
# inline flags (?aimsx) at the start and scoped (?i-s:...). Not supported (they raise
# NotImplementedError "not supported by the playground yet: ..."): conditionals (?(1)...),
# bytes patterns. docs/stdlib.md lists the limits, e.g. repeats of groups are bounded by
# the recursion limit.
import enum
from re._engine import compile_pattern, error as _error_cls

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]

error = _error_cls

_FLAG_NAMES = [(1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
               (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII")]


def _flag_names(value):
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append(name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return names


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    # re.RegexFlag: an IntFlag (so ints) printed as re.IGNORECASE|re.DOTALL, CPython's
    # @enum.global_enum there; the members are also this module's names (below).
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag.__repr__ = enum.global_flag_repr
globals().update(RegexFlag.__members__)


class Match:
    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps

    @property
    def lastindex(self):
        last = self._caps[-1]
        return last if last > 0 else None

    @property
    def lastgroup(self):
        last = self._caps[-1]
        for name, idx in self.re.groupindex.items():
            if idx == last:
                return name
        return None

    def _index(self, g):
        if type(g) is int and 0 <= g <= self.re.groups:
            return g
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError("no such group")
        try:
            g = g.__index__()
        except AttributeError:
            raise IndexError("no such group")
        if g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def _get(self, g, default=None):
        g = self._index(g)
        s, e = self._caps[2 * g], self._caps[2 * g + 1]
        if s < 0 or e < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple([self._get(g) for g in groups])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._caps[2 * g], self._caps[2 * g + 1])

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(self.re, template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        prog = compile_pattern(pattern, flags)
        self._prog = prog
        self.flags = prog.flags
        self.groups = prog.ngroups
        self.groupindex = dict(prog.groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        names = _flag_names(flags)
        if not names:
            return "re.compile(%r)" % (self.pattern,)
        return "re.compile(%r, %s)" % (self.pattern, "|".join(names))

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode, must_advance=False):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        if endpos < pos:
            return None
        caps = self._prog.run(string, pos, endpos, mode, must_advance)
        if caps is None:
            return None
        return Match(self, string, pos, endpos, caps)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._all(string, pos, endpos))

    def _all_caps(self, string, pos=0, endpos=None, limit=0):
        # The capture lists of successive matches (finditer's sequence), without Match objects.
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        run = self._prog.run
        out = []
        must_advance = False
        while pos <= endpos:
            caps = run(string, pos, endpos, 2, must_advance)
            if caps is None:
                break
            out.append(caps)
            must_advance = caps[1] == caps[0]
            pos = caps[1]
            if limit and len(out) >= limit:
                break
        return out, endpos

    def _all(self, string, pos=0, endpos=None, limit=0):
        if pos < 0:
            pos = 0
        all_caps, endpos = self._all_caps(string, pos, endpos, limit)
        return [Match(self, string, pos, endpos, caps) for caps in all_caps]

    def findall(self, string, pos=0, endpos=None):
        out = []
        ng = self.groups
        for caps in self._all_caps(string, pos, endpos)[0]:
            if ng == 0:
                out.append(string[caps[0]:caps[1]])
            elif ng == 1:
                out.append(string[caps[2]:caps[3]] if caps[2] >= 0 and caps[3] >= 0 else "")
            else:
                out.append(tuple([string[caps[2 * g]:caps[2 * g + 1]] if caps[2 * g] >= 0 and caps[2 * g + 1] >= 0
                                  else "" for g in range(1, ng + 1)]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for m in self._all(string, 0, None, maxsplit if maxsplit > 0 else 0):
            if maxsplit < 0:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            template = repl
            if "\\" not in template:
                fn = None
            else:
                parsed = _parse_template(self, template)
                fn = lambda m: _apply_template(parsed, m)
        out = []
        last = 0
        n = 0
        all_caps, endpos = self._all_caps(string, 0, None, count if count > 0 else 0)
        for caps in all_caps:
            out.append(string[last:caps[0]])
            if fn is None:
                out.append(repl)
            else:
                r = fn(Match(self, string, 0, endpos, caps))
                if r is not None:
                    if not isinstance(r, str):
                        raise TypeError("expected str instance, %s found" % type(r).__name__)
                    out.append(r)
            last = caps[1]
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("not supported by the playground yet: Pattern.scanner")


def _parse_template(pattern, template):
    # [(literal, None) or (None, group)] for a replacement string: \n, \g<n>, \g<name>, escapes.
    parts = []
    lit = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = template[i + 1]
        if d == "g":
            j = template.find(">", i + 3)
            if i + 2 >= n or template[i + 2] != "<":
                raise error("missing <", template, i + 2)
            if j < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = template[i + 3:j]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, template, i + 3)
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name %r" % name, template, i + 3)
            parts.append(("".join(lit), None))
            lit = []
            parts.append((None, g))
            i = j + 1
            continue
        if d.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            if d == "0" or (j - i - 1 == 3 and False):
                v = 0
                k = i + 1
                while k < n and k < i + 4 and template[k] in "01234567":
                    v = v * 8 + int(template[k])
                    k += 1
                lit.append(chr(v))
                i = k
                continue
            g = int(template[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, template, i + 1)
            parts.append(("".join(lit), None))
            lit = []
            parts.append((None, g))
            i = j
            continue
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}
        if d in simple:
            lit.append(simple[d])
        elif d.isalpha():
            raise error("bad escape \\%s" % d, template, i)
        else:
            lit.append("\\" + d)
        i += 2
    parts.append(("".join(lit), None))
    return parts


def _apply_template(parts, m):
    out = []
    for lit, g in parts:
        if g is None:
            out.append(lit)
        else:
            v = m._get(g)
            if v is not None:
                out.append(v)
    return "".join(out)


def _expand(pattern, template, m):
    return _apply_template(_parse_template(pattern, template), m)


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("not supported by the playground yet: bytes patterns")
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, int(flags) | 1)


_special_chars = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return "".join([_special_chars.get(c, c) for c in pattern])
    raise NotImplementedError("not supported by the playground yet: re.escape of bytes")


from types import GenericAlias as _GenericAlias

for _cls in (Pattern, Match):
    _cls.__class_getitem__ = classmethod(_GenericAlias)  # re.Pattern[str]
del _cls
