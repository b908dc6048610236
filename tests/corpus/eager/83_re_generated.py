# re against CPython on generated patterns: random.seed(7) draws the same patterns and strings in
# both (the playground's random is CPython's Mersenne Twister), mixing the supported syntax
# (classes, categories, anchors, \b, groups, named groups, lookaheads, atomic groups, scoped flags,
# alternation, greedy / lazy / possessive / bounded repeats, backreferences, flags); search, findall, sub, split, match, fullmatch and the
# error texts must agree.
import random
import re

random.seed(7)
atoms = ["a", "b", "c", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]", "[a-c]", "x", "-", " ", "\\b", "^", "$", "\\.", "[\\d-]"]
def gen(depth=0):
    parts = []
    for _ in range(random.randint(1, 4)):
        r = random.random()
        if r < 0.15 and depth < 2:
            kind = random.choice(["(", "(?:", "(?P<g%d>" % random.randint(0, 99), "(?=", "(?!", "(?>", "(?i:", "(?-i:", "(?s:"])
            inner = gen(depth + 1)
            if random.random() < 0.3:
                inner += "|" + gen(depth + 1)
            a = kind + inner + ")"
        else:
            a = random.choice(atoms)
        if random.random() < 0.35 and a not in ("\\b", "^", "$") and not a.startswith("(?=") and not a.startswith("(?!"):
            a += random.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "*?", "+?", "??", "{1,2}?", "*+", "++", "?+", "{1,2}+"])
        parts.append(a)
    return "".join(parts)
alphabet = "abcx- 1.\n"
for n in range(80):
    pat = gen()
    if random.random() < 0.1:
        pat = "(a)" + pat + "\\1"
    flags = random.choice([0, 0, 0, re.I, re.M, re.S])
    try:
        r = re.compile(pat, flags)
    except re.error as e:
        print(n, repr(pat), "error", e)
        continue
    for _ in range(3):
        s = "".join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
        try:
            m = r.search(s)
            print(n, repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex), r.findall(s), r.sub("<\\g<0>>", s), r.split(s), bool(r.fullmatch(s)), bool(r.match(s)))
        except Exception as e:
            print(n, repr(pat), repr(s), type(e).__name__, e)
