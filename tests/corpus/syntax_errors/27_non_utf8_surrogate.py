# A UTF-8-encoded surrogate (U+D800) is not valid UTF-8 either.
s = "í €"
