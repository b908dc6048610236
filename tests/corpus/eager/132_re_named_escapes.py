# re: \N{name} in str patterns (sre_parse's escapes, unicodedata.lookup), and its errors.
import re

print(re.findall(r"\N{EM DASH}+", "a\u2014\u2014b\u2014c"))
print(re.sub(r"[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]", "#", "abcdef"))
print(re.match(r"\N{latin small letter x}\N{DIGIT ONE}", "x1").group())
print(re.search(r"\N{HANGUL SYLLABLE GA}|\N{CJK UNIFIED IDEOGRAPH-4E00}", "zz\u4e00").span())
print(bool(re.fullmatch(r"\N{LF}", "\n")), re.escape("\N{EM DASH}"))
for pattern in [r"\N", r"\Nx", r"\N{", r"\N{}", r"\N{FOO}", r"a\N{EM DASH", r"\N{KEYCAP NUMBER SIGN}",
                r"[\N{FOO}]", r"x(\N{LATIN SMALL LETTER A )"]:
    try:
        re.compile(pattern)
        print(pattern, "compiled")
    except re.error as e:
        print(pattern, "error:", e, e.pos)
