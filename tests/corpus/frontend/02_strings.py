# String literals: escapes, raw strings, triple quotes, implicit concatenation, bytes.
s = "hello"
t = 'it\'s'
u = "tab\there\nnewline"
r = r"raw\nstring"
tq = """triple
quoted"""
cat = "abc" "def" 'ghi'
b = b"bytes\x00\xff"
print(s, t, repr(u), r, tq, cat)
print(b, len(b))
print("unicode: \u00e9\u4e2d", "x" * 3, "ab" + "cd")
print(s[1], s[-1], s[1:3], s[::2], "abc"[0])
print('"quoted"', "'single'")
