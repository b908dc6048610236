# PEP 3131: identifiers are NFKC-normalized when parsed, so compatibility spellings (ligatures,
# fullwidth and mathematical letters, a letter followed by a combining accent, Hangul jamo) name the
# same variable as their normal form, in co_names, co_varnames, attributes and keyword arguments.
ﬁ = 1
print(fi, ﬁ)
ｘ = 2
print(x, ｘ)
𝐀𝐁𝐂 = 3
print(ABC)
café = 4
print(café)
가 = 5
print(가)
class Ｋ:
    ﬃ = 6
print(Ｋ.__name__, K.ffi, getattr(K, "ffi"))
def f(ａ, *, ｂ=7):
    return a + b
print(f(1, b=2), f(ａ=3, ｂ=4), f.__code__.co_varnames)
µ = 8
print(μ, "µ" == "μ", sorted(n for n in globals() if any(ord(ch) > 127 for ch in n)))
# Combining marks written out of canonical order are reordered before composing: dot below (class
# 220) then circumflex (230) and circumflex then dot below both name ậ.
ậ = 9
print(ậ, ậ, ậ)
# Hangul from conjoining jamo, with a final consonant.
각 = 10
print(각)
# Keywords are matched as written: a compatibility spelling of one is an ordinary name.
ﬁnally = 11
ｉｆ = 12
print(ﬁnally, ｉｆ, globals()["finally"], globals()["if"])
