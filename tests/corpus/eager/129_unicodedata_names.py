# unicodedata.lookup / unicodedata.name (CPython 3.11's Modules/unicodedata.c, Unicode 14.0.0).
import unicodedata

print(unicodedata.unidata_version)
for ch in ["a", "\u00e9", "\u2014", "\uac00", "\ud7a3", "\u4e00", "\U0002a6df", "\uf900", "\U0001f600", "\ufeff",
           " ", "\U000e0100", "\u3400", "\U00030000"]:
    print(ascii(ch), unicodedata.name(ch))
for ch in ["\x00", "\x7f", "\ue000", "\U0010ffff", "\u0378", "\U0002a6e0"]:
    print(ascii(ch), unicodedata.name(ch, None), unicodedata.name(ch, "?"))
for name in ["LATIN SMALL LETTER A", "latin small letter a", "EM DASH", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2B740", "LF", "NBSP", "BYTE ORDER MARK",
             "LATIN CAPITAL LETTER GHA", "KEYCAP NUMBER SIGN", "LATIN SMALL LETTER R WITH TILDE",
             b"EURO SIGN", "TAMIL SYLLABLE SHRII"]:
    print(repr(name), ascii(unicodedata.lookup(name)))
for bad in ["FOO", "", "hangul syllable GAG", "HANGUL SYLLABLE gag", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAGG",
            "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4DC0",
            "CJK UNIFIED IDEOGRAPH-04E00", "LATIN SMALL LETTER A ", "LINE FEED (LF)", "a" * 256, "a" * 257,
            "\u00e9"]:
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
for call in [lambda: unicodedata.name(1), lambda: unicodedata.name("ab"), lambda: unicodedata.name(""),
             lambda: unicodedata.name("\x00"), lambda: unicodedata.name(), lambda: unicodedata.name("a", 1, 2),
             lambda: unicodedata.name(chr=1), lambda: unicodedata.lookup(), lambda: unicodedata.lookup("a", "b"),
             lambda: unicodedata.lookup(name="x"), lambda: unicodedata.lookup(1),
             lambda: unicodedata.lookup(bytearray(b"LF"))]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# every name of a range maps back to its character
ok = 0
for cp in list(range(0x20, 0x3000, 7)) + list(range(0x1f300, 0x1f700, 5)):
    name = unicodedata.name(chr(cp), None)
    if name is not None:
        assert unicodedata.lookup(name) == chr(cp), name
        assert unicodedata.lookup(name.lower()) == chr(cp), name
        ok += 1
print(ok)
print(unicodedata.lookup("LATIN SMALL LETTER A") + "\N{LATIN SMALL LETTER B}")
