# re (the playground's documented subset): searching, matching, groups (numbered, named,
# optional, nested, repeated), lastindex / lastgroup, classes, anchors, word boundaries, lazy and
# bounded repeats, backreferences, lookahead and fixed-width lookbehind, flags (inline and
# arguments), findall / finditer / sub (templates, callables, count) / subn / split (captures,
# maxsplit, empty matches) as 3.11 does them, escape, Pattern / Match reprs, and re.error texts.
import re
tests = [
    (r"\d+", "abc 123 def 45"), (r"[a-z]+", "Hello World"), (r"(\w+)@(\w+)\.com", "mail joe@site.com now"),
    (r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1;bb=two;c="), (r"^\s*(#.*)?$", "   # comment"), (r"a.c", "abc a\nc"),
    (r"colou?r", "color colour colouur"), (r"x*", "abxd"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"a{2,3}", "aaaa a aa"),
    (r"a{2,3}?", "aaaa"), (r"<.*?>", "<a><b>"), (r"<.*>", "<a><b>"), (r"\bcat\b", "cat concat cat."),
    (r"(\d+)-(\d+)?", "10- 20-30"), (r"(?i)hello", "HeLLo"), (r"(a)(b)?", "a"), (r"((a)(b))", "ab"),
    (r"(?:ab)+", "ababab!"), (r"(ab)*c", "ababc"), (r"(\w)\1", "hello aabb"), (r"foo(?=bar)", "foobar foobaz"),
    (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42 or 7"), (r"(?<!\$)\b\d+", "cost $42 or 7"),
    (r"[^aeiou\s]+", "rhythm and blues"), (r"[\w.-]+", "a.b-c d_e"), (r"\$\d+\.\d{2}", "$3.50 $4"), (r"", "ab"),
    (r"a|b|", "xa"), (r"[A-Fa-f0-9]{2}", "ff 0A zz"), (r"\s+", "a  b\t\nc"), (r"(?m)^\w+", "one\ntwo\nthree"),
    (r"(?s)a.b", "a\nb"), (r"\Aab", "ab ab"), (r"b\Z", "ab\n"), (r"b$", "ab\n"), (r"(?m)b$", "ab\nab"),
    (r"(?x) a  b  # comment", "ab"), (r"[]a]", "]"), (r"[a-]", "-"), (r"\x41\u00e9", "Aé"), (r"\t\n", "\t\n"),
]
for pat, s in tests:
    r = re.compile(pat)
    m = r.search(s)
    print(repr(pat), r.groups, r.groupindex, m, m and m.groups(), m and m.span(), m and m.lastindex, m and m.lastgroup)
    print("  findall", r.findall(s), [m.span() for m in r.finditer(s)])
    print("  sub", r.sub("<\\g<0>>", s), r.subn("#", s), r.split(s))
    print("  match", r.match(s), r.fullmatch(s))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe Smith")
print(m.group(), m.group(1), m.group("last"), m.group(1, 2), m["first"], m.groupdict(), m.start(2), m.end(), m.span("last"), m.string, m.re, m.pos, m.endpos)
print(m.expand(r"\2, \1 (\g<first>)"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)", "a,b"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split("x*", "axbc"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\d", "no digits"), re.sub("a", "b", "aaa", count=2), re.subn(r"\s", "", " a b "))
print(re.escape("a.b*c?d[e]f(g) h-i"), re.compile("a", re.I | re.M), re.compile("b"), re.I, re.IGNORECASE | re.DOTALL)
print(re.match("abc", "ABC", re.I), re.search("^b", "a\nb", re.M), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.compile(r"\d+").search("ab 12 34", 4), re.compile(r"\d+").match("ab 12", 3), re.compile(r"\w+$").search("abc def", 0, 5))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.findall(r"\b", "a b"))
for p in ["(?i:a)b", "(?-i:a)b", "(?i)(?-i:a)b", "(?s-i:.)", "(?x: a b )c", "(?>a+)a", "a++a", "a*+b", "(?>ab|a)b",
          "(?im-s:^a.)", "(?a-i:x)", "(?-x:a)", "(?i:[a-c]+)B", "(?>(a)|b)+c", "(a?+)(b)", "\\d{1,3}+0"]:
    print(repr(p), re.compile(p).findall("AAb aab ab A\nb abc 1230 b c d"))
for bad in ["(", ")", "a**", "*a", "[a", "a{3,2}", r"\q", r"(?P<1>a)", r"(?P=x)", r"\3", "(?<x>a)", "(?<=a+)b", "a{2}{3}", "a(?i)b",
            "a)b", "[z-a]", "(?P<n>a)(?P<n>b)", r"(a\1)", "(?", "a{,", "(?i", "(?i-:a)", "(?-:a)", "(?L:a)",
            "(?i-q:a)", "(?iq:a)", "(?-a:b)"]:
    try:
        re.compile(bad)
        print("ok", bad)
    except re.error as e:
        print("error", repr(bad), e, e.msg, e.pos)
    except NotImplementedError as e:
        print("NotImplementedError", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    re.match(3, "a")
except TypeError as e:
    print(e)

# Longer inputs: the iterative single-character repeats and the search prefilters.
text = "The quick brown fox, jumps over the lazy dog; 12 times in 2024! " * 30
print(len(re.findall(r"\w+", text)), len(re.sub(r"\s+", " ", text)), len(re.split(r"[,;!]\s*", text)))
print(re.search(r"(\d+) times in (\d+)", text).groups(), re.findall(r"\b[A-Z]\w*", text)[:3], text.count("fox"))
print(re.sub(r"(?P<word>\b\w{5}\b)", r"[\g<word>]", text[:64]), [m.group(1) for m in re.finditer(r"(o\w)", text[:64])])
