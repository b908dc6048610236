# -*- coding: latin-1 -*-
# PEP 263: this file is Latin-1. Its bytes are decoded before tokenizing, so the literal and the
# identifier below hold U+00E9 (one character each), as under python3.
café = "naïve façade ½ ÿ"
print(café, len(café), [hex(ord(c)) for c in café if ord(c) > 127])
def résumé(x="é"):
    return x * 2
print(résumé(), résumé.__name__, "é" == "\xe9", b"caf\xe9")
