# dis of \N{...} escapes: the decoded constants (names, aliases, Hangul, CJK), in f-string literal
# parts and format specs, next to bytes and raw literals that keep \N as text.
a = "\N{LATIN SMALL LETTER A}\N{EM DASH}\N{lf}"
b = "\N{HANGUL SYLLABLE GAG}" "\N{CJK UNIFIED IDEOGRAPH-4E00}"
c = f"{a}\N{DEGREE SIGN}{b:\N{DIGIT FIVE}}\N{RIGHT CURLY BRACKET}"
d = b"\N{X}", rb"\N{X}", r"\N{X}", fr"\N{a}"
e = {"\N{SNOWMAN}": 1, "\N{COMET}": 2}
print(ascii(c), d, ascii(e))
