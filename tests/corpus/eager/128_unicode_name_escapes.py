# \N{...} escapes (CPython 3.11, Unicode 14.0.0): names, case-insensitive look-up, aliases,
# algorithmic Hangul syllables and CJK unified ideographs, f-strings, bytes and raw literals.
print(ascii("\N{LATIN SMALL LETTER A}\N{latin small letter b}\N{Latin Capital Letter C}"))
print(ascii("\N{EM DASH} \N{GREEK SMALL LETTER ALPHA} \N{SNOWMAN} \N{GRINNING FACE}"))
print(ascii("\N{BYTE ORDER MARK}\N{LF}\N{NBSP}\N{LATIN CAPITAL LETTER GHA}\N{ZWJ}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}\N{CJK COMPATIBILITY IDEOGRAPH-F900}"))
print(ascii("x\N{DIGIT ONE}\N{SPACE}y"), len("\N{SPACE}"), "\N{SPACE}" == " ")
n = 42
print(f"{n}\N{DEGREE SIGN}C \N{LEFT CURLY BRACKET}{n:\N{DIGIT FIVE}}\N{RIGHT CURLY BRACKET}")
print(ascii(f"\N{EM DASH}{n!r}\N{EM DASH}"), ascii(rf"\N{{n}}"), ascii(fr"\N{n}"))
print(b"\N{LATIN SMALL LETTER A}", rb"\N{X}", r"\N{X}", R"\N")
print(ascii("\N{LATIN SMALL LETTER A}" "b" f"\N{LATIN SMALL LETTER C}{n}"))
print(ascii("""multi
line \N{BULLET}"""), ascii(u"\N{EURO SIGN}"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9" == "\xe9")


def f(s="\N{HEAVY CHECK MARK}"):
    return ascii(s)


print(f(), ascii("a\N{COMBINING ACUTE ACCENT}"))
print(ascii(eval('"\\N{BLACK HEART SUIT}"')), ascii(eval(compile('"\\N{WHITE HEART SUIT}"', "<s>", "eval"))))
