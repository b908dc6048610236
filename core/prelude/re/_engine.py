# re._engine: the parser and backtracking matcher behind core/prelude/re/__init__.py. A pattern
# is parsed into nodes, then compiled into closures f(s, i) -> bool that match at i and call the
# next node's closure (continuation passing; the last one records the match end). Repeats of a
# single character (x*, \d+, [a-z]{2,5}, .*?) scan iteratively; repeats of larger subpatterns
# recurse once per iteration. Error texts follow CPython's sre_parse ("nothing to repeat at
# position 0", "missing ), unterminated subpattern at position 3", ...).

_FLAG_I = 2
_FLAG_L = 4
_FLAG_M = 8
_FLAG_S = 16
_FLAG_U = 32
_FLAG_X = 64
_FLAG_A = 256
_INLINE = {"a": _FLAG_A, "i": _FLAG_I, "L": _FLAG_L, "m": _FLAG_M, "s": _FLAG_S, "u": _FLAG_U, "x": _FLAG_X}
_MAXREPEAT = 4294967295


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str) and "\n" in pattern:
                self.lineno = pattern.count("\n", 0, pos) + 1
                self.colno = pos - pattern.rfind("\n", 0, pos)
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
            else:
                self.lineno = self.colno = 1 if pos is not None else None
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _unsupported(what):
    raise NotImplementedError("not supported by the playground yet: " + what + " in regular expressions")


# ---------------------------------------------------------------------------------------------
# Character predicates.

def _is_word(c, ascii_only):
    if ascii_only:
        return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")
    return c == "_" or c.isalnum()


def _is_digit(c, ascii_only):
    if ascii_only:
        return "0" <= c <= "9"
    return c.isdecimal()


def _is_space(c, ascii_only):
    if ascii_only:
        return c in " \t\n\r\f\v"
    return c.isspace()


_CATEGORIES = {"d": _is_digit, "w": _is_word, "s": _is_space}


# ---------------------------------------------------------------------------------------------
# Parser. Nodes are tuples:
#   ("lit", ch) ("any",) ("set", neg, chars, ranges, cats) ("cat", name, neg)
#   ("bol",) ("eol",) ("start",) ("end",) ("wordb", neg)
#   ("group", index_or_None, [alternatives]) where an alternative is a list of nodes
#   ("rep", node, min, max, greedy) ("backref", index) ("look", ahead, neg, [alternatives])

class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = []
        self.verbose = bool(flags & _FLAG_X)

    def err(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def skip_verbose(self):
        if not self.verbose:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        self.leading_flags()
        alts = self.alternatives()
        if self.i < len(self.p):
            if self.p[self.i] == ")":
                self.err("unbalanced parenthesis")
            self.err("internal parser error")
        return alts

    def leading_flags(self):
        # (?aiLmsux) at the very start of the pattern.
        while self.p.startswith("(?", self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in _INLINE:
            j = self.i + 2
            add = 0
            while j < len(self.p) and self.p[j] in _INLINE:
                add |= _INLINE[self.p[j]]
                j += 1
            if j < len(self.p) and self.p[j] == ")":
                self.flags |= add
                self.verbose = bool(self.flags & _FLAG_X)
                self.i = j + 1
                continue
            break  # (?i:...) / (?i-s:...): a scoped group, parsed by group()

    def alternatives(self):
        alts = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c == "|" or c == ")":
                return items
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            self.skip_verbose()
            c = self.peek()
            if c is not None and c in "*+?{":
                rep = self.repeat_bounds()
                if rep is not None:
                    if atom[0] in ("bol", "eol", "start", "end", "wordb", "look"):
                        self.err("nothing to repeat", start)
                    lo, hi = rep
                    greedy = True
                    if self.peek() == "?":
                        self.i += 1
                        greedy = False
                    possessive = False
                    if greedy and self.peek() == "+":
                        self.i += 1
                        possessive = True
                    atom = ("rep", atom, lo, hi, greedy)
                    if possessive:  # X*+ is (?>X*)
                        atom = ("atomic", [[atom]])
                    self.skip_verbose()
                    c = self.peek()
                    if c is not None and c in "*+?" or (c == "{" and self.looks_like_bounds()):
                        self.err("multiple repeat")
            items.append(atom)

    def looks_like_bounds(self):
        j = self.i + 1
        p = self.p
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        if k < len(p) and p[k] == ",":
            k += 1
            while k < len(p) and p[k].isdigit():
                k += 1
        return k < len(p) and p[k] == "}"

    def repeat_bounds(self):
        c = self.p[self.i]
        if c == "*":
            self.i += 1
            return 0, _MAXREPEAT
        if c == "+":
            self.i += 1
            return 1, _MAXREPEAT
        if c == "?":
            self.i += 1
            return 0, 1
        # {m}, {m,}, {,n}, {m,n}; otherwise "{" is a literal.
        if not self.looks_like_bounds():
            return None
        j = self.p.index("}", self.i)
        body = self.p[self.i + 1:j]
        start = self.i
        self.i = j + 1
        if "," in body:
            a, b = body.split(",", 1)
            lo = int(a) if a else 0
            hi = int(b) if b else _MAXREPEAT
        else:
            lo = hi = int(body)
        if lo > 4294967294 or (hi != _MAXREPEAT and hi > 4294967294):
            raise OverflowError("the repetition number is too large")
        if hi < lo:
            self.err("min repeat greater than max repeat", start + 1)
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        start = self.i
        if c in "*+?":
            self.err("nothing to repeat")
        if c == "{" and self.looks_like_bounds():
            self.err("nothing to repeat")
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.charset(start)
        if c == "\\":
            return self.escape(start, False)
        if c == "(":
            return self.group(start)
        return ("lit", c)

    def group(self, start):
        p = self.p
        index = None
        name = None
        if p.startswith("?", self.i):
            self.i += 1
            c = self.peek()
            if c == ":":
                self.i += 1
            elif c == "P":
                if p.startswith("P<", self.i):
                    j = p.find(">", self.i + 2)
                    if j < 0:
                        self.err("missing >, unterminated name", self.i + 2)
                    name = p[self.i + 2:j]
                    if not name:
                        self.err("missing group name", self.i + 2)
                    if not name.isidentifier():
                        self.err("bad character in group name %r" % name, self.i + 2)
                    if name in self.groupindex:
                        self.err("redefinition of group name %r as group %d; was group %d" %
                                 (name, self.ngroups + 1, self.groupindex[name]), self.i + 2)
                    self.i = j + 1
                elif p.startswith("P=", self.i):
                    j = p.find(")", self.i + 2)
                    if j < 0:
                        self.err("missing ), unterminated name", self.i + 2)
                    ref = p[self.i + 2:j]
                    if not ref:
                        self.err("missing group name", self.i + 2)
                    if ref not in self.groupindex:
                        self.err("unknown group name %r" % ref, self.i + 2)
                    self.i = j + 1
                    return ("backref", self.groupindex[ref])
                else:
                    if self.i + 1 < len(p):
                        self.err("unknown extension ?P" + p[self.i + 1], self.i)
                    self.err("unexpected end of pattern")
            elif c == "=" or c == "!":
                self.i += 1
                alts = self.alternatives()
                self.close(start)
                return ("look", True, c == "!", alts)
            elif c == "<" and p.startswith("<=", self.i) or p.startswith("<!", self.i):
                neg = p[self.i + 1] == "!"
                self.i += 2
                alts = self.alternatives()
                self.close(start)
                w = _width(alts)
                if w is None:
                    raise error("look-behind requires fixed-width pattern")
                return ("lookbehind", w, neg, alts)
            elif c == "#":
                j = p.find(")", self.i)
                if j < 0:
                    self.err("missing ), unterminated comment", start)
                self.i = j + 1
                return None
            elif c == ">":
                self.i += 1
                alts = self.alternatives()
                self.close(start)
                return ("atomic", alts)
            elif c == "(":
                _unsupported("conditional groups (?(...)...)")
            elif c is not None and (c in _INLINE or c == "-"):
                return self.scoped_flags(start)
            else:
                if c is None:
                    self.err("unexpected end of pattern")
                if c == "<":
                    self.err("unknown extension ?<" + p[self.i + 1:self.i + 2], start + 1)
                self.err("unknown extension ?" + c, start + 1)
        if index is None and (name is not None or not p.startswith("?", start + 1)):
            self.ngroups += 1
            index = self.ngroups
            if name is not None:
                self.groupindex[name] = index
        self.open_groups.append(index)
        alts = self.alternatives()
        self.close(start)
        self.open_groups.pop()
        return ("group", index, alts)

    def scoped_flags(self, start):
        # (?aimsux-imsx:...): the flags for the group's body only.
        p = self.p
        add = 0
        remove = 0
        while self.i < len(p) and p[self.i] in _INLINE:
            if p[self.i] == "L":
                self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i + 1)
            add |= _INLINE[p[self.i]]
            self.i += 1
        if self.i >= len(p):
            self.err("missing -, : or )")
        if p[self.i] == ")":
            self.err("global flags not at the start of the expression", start)
        if p[self.i] == "-":
            self.i += 1
            if self.i >= len(p) or p[self.i] not in "imsx":
                if self.i < len(p) and p[self.i] in _INLINE:
                    self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1)
                if self.i < len(p) and p[self.i].isalpha():
                    self.err("unknown flag")
                self.err("missing flag")
            while self.i < len(p) and p[self.i] in "imsx":
                remove |= _INLINE[p[self.i]]
                self.i += 1
            if self.i >= len(p) or p[self.i] != ":":
                if self.i < len(p) and p[self.i].isalpha():
                    self.err("unknown flag", self.i)
                self.err("missing :")
        elif p[self.i] != ":":
            if p[self.i].isalpha():
                self.err("unknown flag", self.i)
            self.err("missing -, : or )")
        self.i += 1
        saved_verbose = self.verbose
        if add & _FLAG_X:
            self.verbose = True
        if remove & _FLAG_X:
            self.verbose = False
        alts = self.alternatives()
        self.verbose = saved_verbose
        self.close(start)
        return ("flags", add, remove, alts)

    def close(self, start):
        if self.peek() != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self, start, in_set):
        p = self.p
        if self.i >= len(p):
            self.err("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\"}
        if c in simple:
            return ("lit", simple[c])
        if c in "dws":
            return ("cat", c, False)
        if c in "DWS":
            return ("cat", c.lower(), True)
        if c == "b":
            return ("lit", "\b") if in_set else ("wordb", False)
        if c == "B" and not in_set:
            return ("wordb", True)
        if c == "A" and not in_set:
            return ("start",)
        if c == "Z" and not in_set:
            return ("end",)
        if c == "x":
            h = p[self.i:self.i + 2]
            if len(h) < 2 or not all(ch in "0123456789abcdefABCDEF" for ch in h):
                self.err("incomplete escape \\x" + h, start)
            self.i += 2
            return ("lit", chr(int(h, 16)))
        if c == "u" or c == "U":
            n = 4 if c == "u" else 8
            h = p[self.i:self.i + n]
            if len(h) < n or not all(ch in "0123456789abcdefABCDEF" for ch in h):
                self.err("incomplete escape \\" + c + h, start)
            self.i += n
            return ("lit", chr(int(h, 16)))
        if c == "N":
            # sre_parse: \N{name} (str patterns only), a character looked up by unicodedata.lookup.
            import unicodedata
            if self.peek() != "{":
                self.err("missing {")
            self.i += 1
            end = p.find("}", self.i)
            if end < 0:
                if self.i >= len(p):
                    self.err("missing character name", len(p))
                self.err("missing }, unterminated name", self.i)
            name = p[self.i:end]
            self.i = end + 1
            if not name:
                self.err("missing character name", end)
            try:
                ch = ord(unicodedata.lookup(name))
            except (KeyError, TypeError):
                raise error("undefined character name %r" % name, p, start) from None
            return ("lit", chr(ch))
        if c == "0" or (in_set and c in "01234567"):
            v = int(c)
            k = 0
            while k < 2 and self.i < len(p) and p[self.i] in "01234567":
                v = v * 8 + int(p[self.i])
                self.i += 1
                k += 1
            return ("lit", chr(v))
        if c.isdigit():
            # \1..\99 refer to groups; three octal digits are a character.
            if (c in "01234567" and self.i + 1 < len(p) and p[self.i] in "01234567" and
                    p[self.i + 1] in "01234567"):
                v = int(c + p[self.i:self.i + 2], 8)
                if v > 0o377:
                    self.err("octal escape value \\%s outside of range 0-0o377" % (c + p[self.i:self.i + 2]), start)
                self.i += 2
                return ("lit", chr(v))
            if in_set:
                self.err("bad escape \\" + c, start)
            digits = c
            if self.i < len(p) and p[self.i].isdigit():
                digits += p[self.i]
                self.i += 1
            g = int(digits)
            if g in self.open_groups:
                self.err("cannot refer to an open group", start)
            if g > self.ngroups:
                self.err("invalid group reference %d" % g, start + 1)
            return ("backref", g)
        if c.isalnum():
            self.err("bad escape \\" + c, start)
        return ("lit", c)

    def charset(self, start):
        p = self.p
        neg = False
        if self.peek() == "^":
            neg = True
            self.i += 1
        chars = []
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= len(p):
                self.err("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if c == "\\":
                self.i += 1
                item = self.escape(item_start, True)
                if item[0] == "cat":
                    cats.append((item[1], item[2]))
                    continue
                lo = item[1]
            else:
                if c == "[" and self.i + 1 < len(p) and p[self.i + 1] in ":=.":
                    pass
                self.i += 1
                lo = c
            if self.peek() == "-" and self.i + 1 < len(p) and p[self.i + 1] != "]":
                self.i += 1
                c2 = p[self.i]
                hi_start = self.i
                if c2 == "\\":
                    self.i += 1
                    item = self.escape(hi_start, True)
                    if item[0] == "cat":
                        self.err("bad character range %s" % p[item_start:self.i], item_start)
                    hi = item[1]
                else:
                    self.i += 1
                    hi = c2
                if hi < lo:
                    self.err("bad character range %s" % p[item_start:self.i], item_start)
                ranges.append((lo, hi))
            else:
                chars.append(lo)
        return ("set", neg, "".join(chars), ranges, cats)


def _width(alts):
    # The fixed width of alternatives, or None.
    w = None
    for seq in alts:
        total = 0
        for node in seq:
            k = node[0]
            if k in ("lit", "any", "set", "cat"):
                total += 1
            elif k in ("bol", "eol", "start", "end", "wordb", "look", "lookbehind"):
                pass
            elif k == "flags" or k == "atomic":
                sub = _width(node[-1])
                if sub is None:
                    return None
                total += sub
            elif k == "group":
                sub = _width(node[2])
                if sub is None:
                    return None
                total += sub
            elif k == "rep":
                if node[2] != node[3]:
                    return None
                sub = _width([[node[1]]])
                if sub is None:
                    return None
                total += sub * node[2]
            else:
                return None
        if w is None:
            w = total
        elif w != total:
            return None
    return w if w is not None else 0


# ---------------------------------------------------------------------------------------------
# Compiler: nodes -> closures.

class _State:
    def __init__(self):
        self.caps = []
        self.starts = []
        self.full = False
        self.end = -1
        self.nonempty_at = -1


class _Program:
    def __init__(self, pattern, flags):
        parser = _Parser(pattern, flags)
        alts = parser.parse()
        self.flags = parser.flags
        if not self.flags & _FLAG_A:
            self.flags |= _FLAG_U
        if self.flags & _FLAG_A and self.flags & _FLAG_U and flags & _FLAG_U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        self.ngroups = parser.ngroups
        self.groupindex = parser.groupindex
        self.icase = bool(self.flags & _FLAG_I)
        self.ascii = bool(self.flags & _FLAG_A)
        self.multiline = bool(self.flags & _FLAG_M)
        self.dotall = bool(self.flags & _FLAG_S)
        st = _State()
        self.st = st

        def done(s, i):
            if st.full and i != len(s):
                return False
            if i == st.nonempty_at:
                return False
            st.end = i
            return True

        self.entry = self.alts(alts, done)
        # What a match must start with, to skip hopeless positions in search(): a literal prefix
        # or a one-character test.
        self.prefix = None
        self.first = None
        if len(alts) == 1 and alts[0]:
            head = alts[0][0]
            if head[0] == "lit" and not self.icase:
                text = ""
                for nd in alts[0]:
                    if nd[0] != "lit":
                        break
                    text += nd[1]
                self.prefix = text
            elif head[0] == "rep" and head[2] >= 1:
                self.first = self.pred(head[1])
            else:
                self.first = self.pred(head)

    def run(self, string, pos, endpos, mode, must_advance):
        st = self.st
        s = string[:endpos] if endpos < len(string) else string
        n = len(s)
        ng = self.ngroups
        st.full = mode == 1
        entry = self.entry
        prefix = self.prefix if mode == 2 else None
        first = self.first if mode == 2 else None
        # Failed attempts restore every capture, so one fresh list serves the whole search.
        st.caps = [-1] * (2 * ng + 3)
        st.starts = [-1] * (ng + 1)
        i = pos
        while i <= n:
            if prefix is not None:
                i = s.find(prefix, i)
                if i < 0:
                    return None
            elif first is not None:
                while i < n and not first(s[i]):
                    i += 1
                if i >= n:
                    return None
            st.nonempty_at = i if must_advance and i == pos else -1
            try:
                ok = entry(s, i)
            except RecursionError:
                raise NotImplementedError("not supported by the playground yet: a regular expression whose "
                                          "backtracking nests deeper than the playground's recursion limit") from None
            if ok:
                caps = st.caps
                caps[0] = i
                caps[1] = st.end
                return caps
            if mode != 2:
                return None
            i += 1
        return None

    # A predicate for one character, or None when node is not a single-character node.
    def pred(self, node):
        k = node[0]
        icase = self.icase
        ascii_only = self.ascii
        if k == "lit":
            ch = node[1]
            if icase and ch.lower() != ch.upper():
                lo = ch.lower()
                return lambda c: c.lower() == lo
            return lambda c: c == ch
        if k == "any":
            if self.dotall:
                return lambda c: True
            return lambda c: c != "\n"
        if k == "cat":
            name, neg = node[1], node[2]
            if not ascii_only:
                if name == "w":
                    return (lambda c: not (c == "_" or c.isalnum())) if neg else (lambda c: c == "_" or c.isalnum())
                if name == "d":
                    return (lambda c: not c.isdecimal()) if neg else (lambda c: c.isdecimal())
                return (lambda c: not c.isspace()) if neg else (lambda c: c.isspace())
            fn = _CATEGORIES[name]
            if neg:
                return lambda c: not fn(c, ascii_only)
            return lambda c: fn(c, ascii_only)
        if k == "set":
            neg, chars, ranges, cats = node[1], node[2], node[3], node[4]
            if icase:
                chars = chars + chars.lower() + chars.upper()

            def in_set(c):
                if c in chars:
                    return True
                for lo, hi in ranges:
                    if lo <= c <= hi:
                        return True
                for name, cneg in cats:
                    if _CATEGORIES[name](c, ascii_only) != cneg:
                        return True
                return False

            if icase and ranges:
                def test(c):
                    return (in_set(c) or in_set(c.lower()) or in_set(c.upper())) != neg
                return test
            if not ranges and not cats:
                if neg:
                    return lambda c: c not in chars
                return lambda c: c in chars
            return lambda c: in_set(c) != neg
        return None

    def alts(self, alts, k):
        branches = [self.seq(seq, k) for seq in alts]
        if len(branches) == 1:
            return branches[0]

        def alt(s, i):
            for b in branches:
                if b(s, i):
                    return True
            return False
        return alt

    def seq(self, nodes, k):
        # Runs of plain literals become one startswith test.
        out = k
        idx = len(nodes) - 1
        while idx >= 0:
            node = nodes[idx]
            if node[0] == "lit" and not self.icase:
                j = idx
                while j > 0 and nodes[j - 1][0] == "lit":
                    j -= 1
                text = "".join([nd[1] for nd in nodes[j:idx + 1]])
                out = self.literal(text, out)
                idx = j - 1
                continue
            out = self.node(node, out)
            idx -= 1
        return out

    def literal(self, text, k):
        n = len(text)
        if n == 1:
            def lit1(s, i):
                return i < len(s) and s[i] == text and k(s, i + 1)
            return lit1

        def lit(s, i):
            return s.startswith(text, i) and k(s, i + n)
        return lit

    def node(self, node, k):
        kind = node[0]
        st = self.st
        p = self.pred(node)
        if p is not None:
            def one(s, i):
                return i < len(s) and p(s[i]) and k(s, i + 1)
            return one
        if kind == "bol":
            if self.multiline:
                return lambda s, i: (i == 0 or s[i - 1] == "\n") and k(s, i)
            return lambda s, i: i == 0 and k(s, i)
        if kind == "eol":
            if self.multiline:
                return lambda s, i: (i == len(s) or s[i] == "\n") and k(s, i)
            return lambda s, i: (i == len(s) or (i == len(s) - 1 and s[i] == "\n")) and k(s, i)
        if kind == "start":
            return lambda s, i: i == 0 and k(s, i)
        if kind == "end":
            return lambda s, i: i == len(s) and k(s, i)
        if kind == "wordb":
            neg = node[1]
            ascii_only = self.ascii

            def wordb(s, i):
                a = i > 0 and _is_word(s[i - 1], ascii_only)
                b = i < len(s) and _is_word(s[i], ascii_only)
                return ((a != b) != neg) and k(s, i)
            return wordb
        if kind == "group":
            g = node[1]
            if g is None:
                return self.alts(node[2], k)

            def close(s, j):
                caps = st.caps
                os_, oe, ol = caps[2 * g], caps[2 * g + 1], caps[-1]
                caps[2 * g] = st.starts[g]
                caps[2 * g + 1] = j
                caps[-1] = g
                if k(s, j):
                    return True
                caps[2 * g], caps[2 * g + 1], caps[-1] = os_, oe, ol
                return False
            body = self.alts(node[2], close)

            def open_(s, i):
                starts = st.starts
                saved = starts[g]
                starts[g] = i
                if body(s, i):
                    return True
                starts[g] = saved
                return False
            return open_
        if kind == "backref":
            g = node[1]
            icase = self.icase

            def backref(s, i):
                caps = st.caps
                a, b = caps[2 * g], caps[2 * g + 1]
                if a < 0 or b < 0:
                    return False
                text = s[a:b]
                n = len(text)
                if icase:
                    if s[i:i + n].lower() != text.lower() or i + n > len(s):
                        return False
                elif not s.startswith(text, i):
                    return False
                return k(s, i + n)
            return backref
        if kind == "look":
            neg = node[2]
            body = self.alts(node[3], lambda s, j: True)

            def look(s, i):
                saved = list(st.caps)
                nonempty = st.nonempty_at
                full = st.full
                st.nonempty_at = -1
                st.full = False
                ok = body(s, i)
                st.nonempty_at = nonempty
                st.full = full
                if ok == neg:
                    st.caps[:] = saved
                    return False
                if neg:
                    st.caps[:] = saved
                if k(s, i):
                    return True
                st.caps[:] = saved
                return False
            return look
        if kind == "lookbehind":
            w = node[1]
            neg = node[2]
            body = self.alts(node[3], lambda s, j: True)

            def lookbehind(s, i):
                saved = list(st.caps)
                nonempty = st.nonempty_at
                full = st.full
                st.nonempty_at = -1
                st.full = False
                ok = i >= w and body(s, i - w)
                st.nonempty_at = nonempty
                st.full = full
                if ok == neg:
                    st.caps[:] = saved
                    return False
                if neg:
                    st.caps[:] = saved
                if k(s, i):
                    return True
                st.caps[:] = saved
                return False
            return lookbehind
        if kind == "rep":
            return self.repeat(node, k)
        if kind == "flags":
            add, remove = node[1], node[2]
            saved = (self.icase, self.multiline, self.dotall, self.ascii)
            self.icase = (self.icase or bool(add & _FLAG_I)) and not remove & _FLAG_I
            self.multiline = (self.multiline or bool(add & _FLAG_M)) and not remove & _FLAG_M
            self.dotall = (self.dotall or bool(add & _FLAG_S)) and not remove & _FLAG_S
            if add & _FLAG_A:
                self.ascii = True
            elif add & _FLAG_U:
                self.ascii = False
            body = self.alts(node[3], k)
            self.icase, self.multiline, self.dotall, self.ascii = saved
            return body
        if kind == "atomic":
            # (?>X): X's first way to match, never revisited when what follows fails.
            box = [0]

            def fin(s, j):
                box[0] = j
                return True
            body = self.alts(node[1], fin)

            def atomic(s, i):
                saved = list(st.caps)
                nonempty = st.nonempty_at
                full = st.full
                st.nonempty_at = -1
                st.full = False
                ok = body(s, i)
                st.nonempty_at = nonempty
                st.full = full
                if not ok:
                    st.caps[:] = saved
                    return False
                if k(s, box[0]):
                    return True
                st.caps[:] = saved
                return False
            return atomic
        raise AssertionError("unknown regex node " + kind)

    def repeat(self, node, k):
        sub, lo, hi, greedy = node[1], node[2], node[3], node[4]
        p = self.pred(sub)
        if p is not None:
            if greedy:
                def rep_greedy(s, i):
                    n = len(s)
                    lim = i + hi
                    if lim > n:
                        lim = n
                    j = i
                    while j < lim and p(s[j]):
                        j += 1
                    least = i + lo
                    while j >= least:
                        if k(s, j):
                            return True
                        j -= 1
                    return False
                return rep_greedy

            def rep_lazy(s, i):
                n = len(s)
                j = i
                while j < i + lo:
                    if j >= n or not p(s[j]):
                        return False
                    j += 1
                while True:
                    if k(s, j):
                        return True
                    if j >= n or j - i >= hi or not p(s[j]):
                        return False
                    j += 1
            return rep_lazy
        # A general subpattern: one recursion per iteration. As sre's MAX_UNTIL / MIN_UNTIL, once
        # the minimum is reached no iteration starts where the previous one started (an empty
        # iteration counts, and ends the loop).
        stack = []

        def after_body(s, j):
            i0, cnt = stack.pop()
            r = attempt(s, j, cnt + 1, i0)
            stack.append((i0, cnt))
            return r

        body = self.node(sub, after_body)

        def attempt(s, i, cnt, prev):
            if greedy:
                if cnt < lo or (cnt < hi and i != prev):
                    stack.append((i, cnt))
                    if body(s, i):
                        return True
                    stack.pop()
                return cnt >= lo and k(s, i)
            if cnt >= lo and k(s, i):
                return True
            if cnt < lo or (cnt < hi and i != prev):
                stack.append((i, cnt))
                if body(s, i):
                    return True
                stack.pop()
            return False

        return lambda s, i: attempt(s, i, 0, -1)


def compile_pattern(pattern, flags):
    return _Program(pattern, flags)
